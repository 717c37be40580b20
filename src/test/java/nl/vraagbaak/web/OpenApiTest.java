package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI description: every route of the API is described, and a real validator accepts it. */
class OpenApiTest {

  static JsonNode spec() throws Exception {
    try (InputStream in = OpenApiTest.class.getClassLoader().getResourceAsStream("web/openapi.json")) {
      return Client.JSON.readTree(in);
    }
  }

  @Test
  void describesEveryEndpointOfTheContract() throws Exception {
    JsonNode paths = spec().path("paths");
    assertThat(paths.path("/api/search").has("get")).isTrue();
    assertThat(paths.path("/api/pairs/{pairId}").has("get")).isTrue();
    assertThat(paths.path("/api/documents/{documentId}").has("get")).isTrue();
    assertThat(paths.path("/api/documents").has("post")).isTrue();
    assertThat(paths.path("/api/similar").has("get")).isTrue();
    assertThat(paths.path("/api/stats").has("get")).isTrue();
    assertThat(paths.path("/api/cites").has("get")).isTrue();
    assertThat(paths.path("/api/export").has("get")).isTrue();
    assertThat(paths.path("/api/openapi.json").has("get")).isTrue();
  }

  @Test
  void everyReferenceResolves() throws Exception {
    JsonNode spec = spec();
    java.util.List<String> refs = new java.util.ArrayList<>();
    collect(spec, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(spec.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  /** Runs openapi-spec-validator (Python) where installed; skipped elsewhere. */
  @Test
  void isValidForAnOpenApiValidator(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("openapi.json");
    Files.writeString(file, spec().toString(), StandardCharsets.UTF_8);
    Process probe = new ProcessBuilder("python3", "-c", "import openapi_spec_validator").redirectErrorStream(true).start();
    Assumptions.assumeTrue(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0, "openapi-spec-validator is not installed");
    Process check = new ProcessBuilder("python3", "-c",
        "import json,sys; from openapi_spec_validator import validate; validate(json.load(open(sys.argv[1]))); print('valid')",
        file.toString()).redirectErrorStream(true).start();
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(check.exitValue()).as(output).isZero();
    assertThat(output).contains("valid");
  }

  private static void collect(JsonNode node, java.util.List<String> refs) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collect(e.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, refs));
    }
  }
}
