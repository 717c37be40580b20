package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Held-out fixtures: documents of the other layouts (Kamervragen letters and Aanhangsel, lists of questions, debate
 * tables and letters, a schriftelijk overleg with "Reactie van de minister", an HTML page and a DOCX), written before
 * the parser was read, so that they measure generalisation rather than the fixtures it was built on. Gold in
 * {@code parse/heldout-gold.json} (written by {@code heldout_gold.py}), compared as {@link LayoutFixturesTest} does.
 */
class HeldoutFixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path heldout() {
    try {
      return Path.of(HeldoutFixturesTest.class.getResource("/parse/heldout").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode gold() throws IOException {
    return JSON.readTree(heldout().resolveSibling("heldout-gold.json").toFile());
  }

  static Stream<Arguments> documents() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode doc : gold()) {
      out.add(Arguments.of(doc.get("file").asText(), doc));
    }
    return out.stream();
  }

  @Test
  void everyHeldoutFixtureHasGold() throws IOException {
    Set<String> golden = new HashSet<>();
    gold().forEach(doc -> golden.add(doc.get("file").asText()));
    try (Stream<Path> files = Files.list(heldout())) {
      assertThat(files.map(f -> f.getFileName().toString())).allMatch(golden::contains, "listed in heldout-gold.json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void parsesToItsGoldPairs(String file, JsonNode gold) {
    LayoutFixturesTest.assertParsesToGold(heldout().resolve(file), gold);
  }
}
