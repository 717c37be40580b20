package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vraagbaak.extract.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A numbered list of questions and answers. */
class NumberedLayoutTest {

  @TempDir Path dir;

  private ParseResult parse(String text) throws IOException {
    Path file = dir.resolve("lijst.txt");
    Files.writeString(file, text);
    return Parser.parse(((Extraction.Read) Extraction.of(file)).extracted());
  }

  @Test
  void questionsThatOneAnswerLabelNamesTogetherAreOnePairWithAllTheirNumbers() throws IOException {
    ParseResult result = parse("""
        LIJST VAN VRAGEN EN ANTWOORDEN

        1. Hoeveel rechters waren er eind 2024 in dienst?
        Eind 2024 waren er 2.710 rechters in dienst.

        2. Hoeveel zaken werden in 2024 afgehandeld?
        3. Hoe verhoudt dit aantal zich tot 2023?
        Antwoord op vraag 2 en 3:
        In 2024 zijn 1,4 miljoen zaken afgehandeld.

        4. Wat kostte de rechtspraak in 2024?
        Zie het antwoord op vraag 2 en 3.
        """);
    assertThat(result.pairs()).extracting(Pair::numbers).containsExactly(List.of(1), List.of(2, 3), List.of(4));
    assertThat(result.pairs().get(1).question())
        .isEqualTo("Hoeveel zaken werden in 2024 afgehandeld?\n\nHoe verhoudt dit aantal zich tot 2023?");
    assertThat(result.pairs().get(1).answer()).isEqualTo("In 2024 zijn 1,4 miljoen zaken afgehandeld.");
    assertThat(result.unanswered()).isEmpty();
  }
}
