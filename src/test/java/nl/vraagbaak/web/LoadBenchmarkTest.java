package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadBenchmarkTest {

  @Test
  void measuresEveryKindOfRequestOfARealServer(@TempDir Path dir) throws Exception {
    SeedLibrary.build(dir);
    try (WebApp app = WebApp.start(WebOptions.of(dir, 0))) {
      URI base = URI.create("http://127.0.0.1:" + app.port() + "/");
      List<String> paths = List.of("/api/search?q=NAVO", "/?q=Groenland", "/overview", "/api/pairs/0000000000000000.1");
      LoadBenchmark.Result result = LoadBenchmark.run(base, 4, Duration.ofSeconds(1), paths, false, true);
      assertThat(result.requests()).isPositive();
      assertThat(result.errors()).as("the unknown pair is a 404").isPositive();
      assertThat(result.perKind()).containsOnlyKeys("/api/search", "search page", "/overview");
      assertThat(result.p99Millis()).isGreaterThanOrEqualTo(result.p50Millis()).isPositive();
      assertThat(result.clientCpuSeconds()).isPositive();
    }
  }

  @Test
  void groupsRequestsByTheKindOfPage() {
    assertThat(LoadBenchmark.kind("/api/search?q=NAVO")).isEqualTo("/api/search");
    assertThat(LoadBenchmark.kind("/api/pairs/1f53866c97893331.4")).isEqualTo("/api/pairs");
    assertThat(LoadBenchmark.kind("/?q=NAVO")).isEqualTo("search page");
    assertThat(LoadBenchmark.kind("/")).isEqualTo("home page");
    assertThat(LoadBenchmark.kind("/pairs/1f53866c97893331.4")).isEqualTo("/pairs page");
    assertThat(LoadBenchmark.kind("/documents/1f53866c97893331")).isEqualTo("/documents page");
    assertThat(LoadBenchmark.kind("/overview")).isEqualTo("/overview");
    assertThat(LoadBenchmark.kind("/commitments?status=open")).isEqualTo("/commitments");
  }
}
