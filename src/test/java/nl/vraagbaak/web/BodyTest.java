package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTest {

  @Test
  void gzipIsSentOnlyToClientsThatAcceptIt() {
    assertThat(Body.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
    assertThat(Body.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
    assertThat(Body.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(Body.acceptsGzip("gzip; q=0.0")).isFalse();
    assertThat(Body.acceptsGzip("deflate, br")).isFalse();
    assertThat(Body.acceptsGzip("identity")).isFalse();
    assertThat(Body.acceptsGzip(null)).isFalse();
  }

  @Test
  void aClientHasTheBodyWhenItNamesItsTag() {
    assertThat(Body.matches("\"abc-1\"", "\"abc-1\"")).isTrue();
    assertThat(Body.matches("\"x\", W/\"abc-1\"", "\"abc-1\"")).isTrue();
    assertThat(Body.matches("*", "\"abc-1\"")).isTrue();
    assertThat(Body.matches("\"abc-1-gz\"", "\"abc-1\"")).isFalse();
    assertThat(Body.matches(null, "\"abc-1\"")).isFalse();
  }
}
