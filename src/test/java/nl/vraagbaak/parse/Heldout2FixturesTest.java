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
 * Second held-out round: documents of variants the earlier fixtures lacked (Kamervragen answered by two ministers, a
 * "Mededeling" instead of answers, sub-questions a/b/c and "Antwoord vraag 6 t/m 8", a list of questions under a
 * flattened "Nr Vraag Bijlage Blz. (van) t/m" table header, a list whose answers enumerate "1." "2." and hold a table,
 * a schriftelijk overleg with a "Reactie" after each faction mirroring its topic headings, a debate letter by theme with
 * "Het lid X (PARTY) vroeg …", a nota naar aanleiding van het verslag, an ODT with real footnotes, a PDF made by
 * LibreOffice and a DOCX debate table), written before the parser was read. Gold in {@code parse/heldout2-gold.json}
 * (written by {@code heldout2_gold.py}; the ODT, PDF and DOCX by {@code make_heldout2.py}), compared as
 * {@link LayoutFixturesTest} does.
 */
class Heldout2FixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path heldout2() {
    try {
      return Path.of(Heldout2FixturesTest.class.getResource("/parse/heldout2").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode gold() throws IOException {
    return JSON.readTree(heldout2().resolveSibling("heldout2-gold.json").toFile());
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
    try (Stream<Path> files = Files.list(heldout2())) {
      assertThat(files.map(f -> f.getFileName().toString())).allMatch(golden::contains, "listed in heldout2-gold.json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void parsesToItsGoldPairs(String file, JsonNode gold) {
    LayoutFixturesTest.assertParsesToGold(heldout2().resolve(file), gold);
  }
}
