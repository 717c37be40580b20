package nl.vraagbaak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TrainingTest {

  /** The launcher records its ahead-of-time cache with this run; a failure there would silently cost every start. */
  @Test
  void trainingParsesItsOwnDocumentsWithoutOutputOrErrors() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int status = Main.run(new PrintWriter(out), new PrintWriter(err), "bench", "train");

    assertThat(status).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEmpty();
  }
}
