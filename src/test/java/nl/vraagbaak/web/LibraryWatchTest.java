package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.cli.Main;
import nl.vraagbaak.search.PairIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server's caches keep their results until the library changes, and see a change by another writer (the CLI's
 * ingest, here through Main.run on the same directory while the server runs) within seconds, without a restart.
 */
class LibraryWatchTest {

  static final long WITHIN_MILLIS = 10_000;

  @TempDir Path dir;

  @Test
  void anIngestByTheCliWhileServingShowsInSearchAndCountsWithinSeconds() throws Exception {
    ingest(Seeds.seed("000"));
    try (WebApp app = WebApp.start(WebOptions.of(dir, 0))) {
      Client client = new Client(app.port());
      long before = total(client);
      assertThat(before).isPositive();
      assertThat(documents(client)).isEqualTo(1);
      long version = LibraryWatch.version(PairIndex.in(dir));

      ingest(Seeds.seed("001"));
      assertThat(LibraryWatch.version(PairIndex.in(dir))).isGreaterThan(version);
      long start = System.currentTimeMillis();
      while ((total(client) == before || documents(client) != 2) && System.currentTimeMillis() - start < WITHIN_MILLIS) {
        Thread.sleep(100);
      }
      long took = System.currentTimeMillis() - start;
      assertThat(total(client)).as("search total after %d ms", took).isGreaterThan(before);
      assertThat(documents(client)).isEqualTo(2);
      System.out.printf("LibraryWatchTest: an ingest by another writer showed after %d ms%n", took);
    }
  }

  @Test
  void theVersionIsMinusOneWithoutAnIndexAndGrowsWithEachCommit() {
    assertThat(LibraryWatch.version(dir.resolve("nothing-here"))).isEqualTo(-1);
    ingest(Seeds.seed("000"));
    long first = LibraryWatch.version(PairIndex.in(dir));
    assertThat(first).isNotNegative();
    ingest(Seeds.seed("000"));
    assertThat(LibraryWatch.version(PairIndex.in(dir))).as("re-ingesting the same file changes nothing").isGreaterThanOrEqualTo(first);
    ingest(Seeds.seed("002"));
    assertThat(LibraryWatch.version(PairIndex.in(dir))).isGreaterThan(first);
  }

  private void ingest(Path file) {
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "ingest", "--data", dir.toString(), file.toString());
    assertThat(status).as(err.toString()).isZero();
  }

  private static long total(Client client) {
    var response = client.get("/api/search");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return client.json(response).path("total").asLong();
  }

  private static long documents(Client client) {
    JsonNode stats = client.json(client.get("/api/stats"));
    return stats.path("documents").asLong();
  }
}
