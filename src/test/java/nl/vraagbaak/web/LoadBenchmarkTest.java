package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadBenchmarkTest {

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
