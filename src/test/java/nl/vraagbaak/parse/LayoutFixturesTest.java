package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.vraagbaak.extract.Extraction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every layout fixture in {@code parse/fixtures} (invented text in the real layouts' furniture) parses to
 * the pairs of {@code parse/fixtures-gold.json}, the same gold that {@code ../shared/tools/eval-pairs} scores. Where the
 * gold gives them, the whole question and answer must match after white-space normalisation, and so must numbers,
 * party, members, topic, footnotes, questions left unanswered and the document's facts.
 */
class LayoutFixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path fixtures() {
    try {
      return Path.of(LayoutFixturesTest.class.getResource("/parse/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode gold() throws IOException {
    return JSON.readTree(fixtures().resolveSibling("fixtures-gold.json").toFile());
  }

  static Stream<Arguments> documents() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode doc : gold()) {
      out.add(Arguments.of(doc.get("file").asText(), doc));
    }
    return out.stream();
  }

  static ParseResult parse(Path file) {
    return Parser.parse(((Extraction.Read) Extraction.of(file)).extracted());
  }

  @Test
  void everyFixtureHasGold() throws IOException {
    Set<String> golden = new java.util.HashSet<>();
    gold().forEach(doc -> golden.add(doc.get("file").asText()));
    try (Stream<Path> files = Files.list(fixtures())) {
      assertThat(files.map(f -> f.getFileName().toString())).allMatch(golden::contains, "listed in fixtures-gold.json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void parsesToItsGoldPairs(String file, JsonNode gold) {
    assertParsesToGold(fixtures().resolve(file), gold);
  }

  /** Whole questions and answers, numbers, party, members, topic, footnotes, unanswered and document facts of the gold. */
  static void assertParsesToGold(Path path, JsonNode gold) {
    String file = path.getFileName().toString();
    ParseResult result = parse(path);
    SoftAssertions soft = new SoftAssertions();
    JsonNode pairs = gold.get("pairs");
    soft.assertThat(result.pairs()).as("pairs of %s", file).hasSize(pairs.size());
    for (int i = 0; i < Math.min(pairs.size(), result.pairs().size()); i++) {
      comparePair(soft, file + " pair " + (i + 1), pairs.get(i), result.pairs().get(i));
    }
    JsonNode unanswered = gold.path("unanswered");
    soft.assertThat(result.unanswered()).as("unanswered of %s", file).hasSize(unanswered.size());
    for (int i = 0; i < Math.min(unanswered.size(), result.unanswered().size()); i++) {
      Unanswered u = result.unanswered().get(i);
      compareQuestion(soft, file + " unanswered " + (i + 1), unanswered.get(i), u.asker(), u.question());
    }
    JsonNode document = gold.path("document");
    document.fieldNames().forEachRemaining(field -> soft.assertThat(fact(result.document(), field)).as("%s document.%s", file, field)
        .isEqualTo(document.get(field).isNull() ? null : document.get(field).asText()));
    soft.assertAll();
  }

  private static void comparePair(SoftAssertions soft, String where, JsonNode gold, Pair pair) {
    compareQuestion(soft, where, gold, pair.asker(), pair.question());
    soft.assertThat(normal(pair.answer())).as("%s answer", where).startsWith(normal(gold.get("answer_start").asText()));
    if (gold.has("answer")) {
      soft.assertThat(normal(pair.answer())).as("%s answer", where).isEqualTo(normal(gold.get("answer").asText()));
    }
    if (gold.has("numbers")) {
      List<Integer> numbers = new ArrayList<>();
      gold.get("numbers").forEach(n -> numbers.add(n.asInt()));
      soft.assertThat(pair.numbers()).as("%s numbers", where).isEqualTo(numbers);
    }
    if (gold.has("topic")) {
      soft.assertThat(pair.topic()).as("%s topic", where).isEqualTo(gold.get("topic").isNull() ? null : gold.get("topic").asText());
    }
    if (gold.has("footnotes")) {
      List<String> notes = new ArrayList<>();
      gold.get("footnotes").forEach(n -> notes.add(n.asText()));
      soft.assertThat(pair.footnotes()).as("%s footnotes", where).isEqualTo(notes);
    }
  }

  private static void compareQuestion(SoftAssertions soft, String where, JsonNode gold, Asker asker, String question) {
    String start = normal(gold.get("question_start").asText());
    if (gold.has("question_start_alt") && !normal(question).startsWith(start)) {
      start = normal(gold.get("question_start_alt").asText()); // a faction's preamble may be left out
    }
    soft.assertThat(normal(question)).as("%s question", where).startsWith(start);
    if (gold.has("question")) {
      soft.assertThat(normal(question)).as("%s question", where).isEqualTo(normal(gold.get("question").asText()));
    }
    if (gold.has("party")) {
      soft.assertThat(asker.party()).as("%s party", where).isEqualTo(gold.get("party").isNull() ? null : gold.get("party").asText());
    }
    if (gold.has("members")) {
      List<String> members = new ArrayList<>();
      gold.get("members").forEach(m -> members.add(m.asText()));
      soft.assertThat(asker.members()).as("%s members", where).isEqualTo(members);
    }
  }

  private static String fact(Document document, String field) {
    return switch (field) {
      case "kind" -> document.kind();
      case "title" -> document.title();
      case "date" -> document.date();
      case "committee" -> document.committee();
      case "responder" -> document.responder();
      case "reference" -> document.reference();
      default -> throw new IllegalArgumentException("fixtures-gold.json names document field '" + field + "', which Document lacks");
    };
  }

  /** White space made single spaces, so that line and paragraph breaks do not count. */
  static String normal(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
