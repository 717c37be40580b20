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
 * Third held-out round: a DOCX whose questions Word numbers automatically (the numbers in no text run), Windows-1252
 * text with CRLF line ends wrapped at 72 columns, a memorie van antwoord of the Eerste Kamer ("De leden van de fractie
 * van de VVD vroegen …" / "De regering …"), feitelijke vragen flattened from a table with number, question and answer on
 * one line, hierarchical "Vraag 1.1", a PDF letter answering a commissiedebat with a question over a page break, an
 * HTML Vraag | Antwoord table, an HTML definition list, an Aanhangsel XML with nested lists and an ODT with a
 * "Toelichting:" before bold labels; written before the parser was read. Gold in {@code parse/heldout3-gold.json},
 * documents and gold written by {@code make_heldout3.py}, compared as {@link LayoutFixturesTest} does.
 */
class Heldout3FixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path heldout3() {
    try {
      return Path.of(Heldout3FixturesTest.class.getResource("/parse/heldout3").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode gold() throws IOException {
    return JSON.readTree(heldout3().resolveSibling("heldout3-gold.json").toFile());
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
    try (Stream<Path> files = Files.list(heldout3())) {
      assertThat(files.map(f -> f.getFileName().toString())).allMatch(golden::contains, "listed in heldout3-gold.json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void parsesToItsGoldPairs(String file, JsonNode gold) {
    LayoutFixturesTest.assertParsesToGold(heldout3().resolve(file), gold);
  }
}
