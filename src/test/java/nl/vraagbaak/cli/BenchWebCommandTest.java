package nl.vraagbaak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.vraagbaak.web.WebApp;
import nl.vraagbaak.web.WebOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchWebCommandTest {

  @Test
  void reportsThroughputAndLatencyOfARunningServer(@TempDir Path dir) {
    try (WebApp app = WebApp.start(WebOptions.of(dir, 0))) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = Main.run(new PrintWriter(out), new PrintWriter(err), "bench-web",
          "--url", "http://127.0.0.1:" + app.port() + "/", "--clients", "4", "--seconds", "1", "--warmup", "0");
      assertThat(status).as(err.toString()).isZero();
      assertThat(out.toString()).contains("errors     0", "requests/s", "p50", "p99");
    }
  }

  @Test
  void countsRefusedRequestsAsErrors(@TempDir Path dir) {
    try (WebApp app = WebApp.start(WebOptions.of(dir, 0))) {
      StringWriter out = new StringWriter();
      int status = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "bench-web",
          "--url", "http://127.0.0.1:" + app.port() + "/", "--clients", "2", "--seconds", "1", "--warmup", "0",
          "--path", "/api/pairs/kapot");
      assertThat(status).isEqualTo(1);
      assertThat(out.toString()).doesNotContain("errors     0");
    }
  }

  @Test
  void serveRefusesAMissingLibraryWithoutAToken(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--data", dir.resolve("leeg").toString(), "--port", "0");
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("no library in", "vraagbaak ingest");
  }
}
