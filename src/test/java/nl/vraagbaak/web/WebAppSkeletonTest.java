package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebAppSkeletonTest {

  @TempDir static Path dir;
  static WebApp app;
  static Client client;

  @BeforeAll
  static void start() {
    app = WebApp.start(WebOptions.of(dir, 0));
    client = new Client(app.port());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void servesTheSearchPageInDutchWithSecurityHeaders() {
    HttpResponse<String> response = client.get("/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("lang=\"nl\"", "Zoeken");
    assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
  }

  @Test
  void servesHtmxFromTheWebjarAndTheStylesheet() {
    assertThat(client.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").statusCode()).isEqualTo(200);
    assertThat(client.get("/static/vraagbaak.css").body()).contains("--accent");
  }

  @Test
  void describesTheApiInOpenApi3() {
    HttpResponse<String> response = client.get("/api/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode spec = client.json(response);
    assertThat(spec.path("openapi").asText()).startsWith("3.");
    assertThat(spec.path("paths").has("/api/search")).isTrue();
  }

  @Test
  void answersUnknownApiPathsWithJson404() {
    HttpResponse<String> response = client.get("/api/nothing-here");
    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode body = client.json(response);
    assertThat(body.path("status").asInt()).isEqualTo(404);
    assertThat(body.path("message").asText()).contains("openapi.json");
  }

  @Test
  void answersUnknownPagesWithAFriendlyDutchPage() {
    HttpResponse<String> response = client.get("/nergens");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
    assertThat(response.body()).contains("Niet gevonden", "zoekpagina");
  }
}
