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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Held-out fixtures, each round written before the parser was read, so that they measure generalisation rather than
 * the fixtures it was built on; compared as {@link LayoutFixturesTest} does. Gold in {@code parse/ROUND-gold.json},
 * scores before and after the round's fixes in {@code parse/ROUND-scores.md}.
 * <ul>
 *   <li>{@code heldout}: Kamervragen letters and Aanhangsel, lists of questions, debate tables and letters, a
 *       schriftelijk overleg with "Reactie van de minister", an HTML page and a DOCX (gold by {@code heldout_gold.py}).
 *   <li>{@code heldout2}: Kamervragen answered by two ministers, a "Mededeling" instead of answers, sub-questions a/b/c,
 *       a flattened "Nr Vraag Bijlage Blz. (van) t/m" header, answers enumerating "1." "2." with a table, a "Reactie"
 *       per faction mirroring its topic headings, a debate letter by theme ("Het lid X (PARTY) vroeg …"), a nota naar
 *       aanleiding van het verslag, an ODT with footnotes, a LibreOffice PDF and a DOCX debate table
 *       ({@code heldout2_gold.py}, {@code make_heldout2.py}).
 *   <li>{@code heldout3}: a DOCX numbered by Word's automatic lists, Windows-1252 text with CRLF wrapped at 72
 *       columns, an Eerste Kamer memorie van antwoord, feitelijke vragen flattened onto one line, "Vraag 1.1", a PDF
 *       letter with a question over a page break, an HTML Vraag | Antwoord table and definition list, an Aanhangsel
 *       XML with nested lists and an ODT with "Toelichting:" ({@code make_heldout3.py}).
 *   <li>{@code heldout4}: Kamervragen as published: Aanhangsel and ministry letters from PDF (footnotes, letterhead
 *       column, ligatures), unlabeled answers, "Ad 2 en 5", "Vraag 4 t/m 6", questions repeated before their answers,
 *       postponed questions, answers in a DOCX table cell and an uitstelbericht; five more written after its fixes
 *       ({@code make_heldout4.py}).
 *   <li>{@code heldout5}: PDF-extracted lists with a "Nr Vraag Blz. (van) t/m" column, joint answers and flattened
 *       tables, a debate letter by theme, a debate table cell by cell, a Word table, a schriftelijk overleg in parts I
 *       and II, a nota without labels, an inbreng list ({@code make_heldout5.py}).
 * </ul>
 */
class HeldoutFixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path round(String name) {
    try {
      return Path.of(HeldoutFixturesTest.class.getResource("/parse/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode gold(String round) throws IOException {
    return JSON.readTree(round(round).resolveSibling(round + "-gold.json").toFile());
  }

  static Stream<Arguments> documents() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String round : List.of("heldout", "heldout2", "heldout3", "heldout4", "heldout5")) {
      for (JsonNode doc : gold(round)) {
        out.add(Arguments.of(round + "/" + doc.get("file").asText(), doc));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"heldout", "heldout2", "heldout3", "heldout4", "heldout5"})
  void everyHeldoutFixtureHasGold(String round) throws IOException {
    Set<String> golden = new HashSet<>();
    gold(round).forEach(doc -> golden.add(doc.get("file").asText()));
    try (Stream<Path> files = Files.list(round(round))) {
      assertThat(files.map(f -> f.getFileName().toString())).allMatch(golden::contains, "listed in " + round + "-gold.json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void parsesToItsGoldPairs(String file, JsonNode gold) {
    LayoutFixturesTest.assertParsesToGold(round("heldout").resolveSibling(file), gold);
  }
}
