package nl.vraagbaak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrichment through the command line: the fields of parse, and commitments and cites on a real library of the seeds. */
class EnrichmentCommandsTest {

  @TempDir static Path library;

  record Run(int status, String out, String err) {
    JsonNode json() throws IOException {
      return Json.MAPPER.readTree(out);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeAll
  static void ingestTheSeeds() {
    Run ingest = run("ingest", "--data", library.toString(), Seeds.dir().toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
  }

  @Test
  void parsePrintsTheEnrichmentOfEachPair() throws IOException {
    JsonNode json = run("parse", "--format", "json", Seeds.seed("003").toString()).json();
    String doc = json.at("/document/id").asText();
    JsonNode promise = json.at("/pairs/20/commitments/0");
    assertThat(json.at("/pairs/20/ordinal").asInt()).isEqualTo(21);
    assertThat(promise.get("deadline").asText()).isEqualTo("2026-03-31");
    assertThat(promise.get("responder").asText()).isEqualTo("minister van Defensie");
    assertThat(promise.get("condition").isNull()).isTrue();
    assertThat(json.at("/pairs/9/answerKind").asText()).isEqualTo("referral");
    assertThat(json.at("/pairs/9/answerKindEvidence").asText()).isEqualTo("Zie het antwoord op vraag 1.");
    assertThat(json.at("/pairs/9/refersToPairs/0").asText()).isEqualTo(doc + ".1");
    assertThat(json.at("/pairs/2/references/0/id").asText()).isEqualTo("kst-36045-267");
    assertThat(json.at("/pairs/2/references/0/url").asText()).isEqualTo("https://zoek.officielebekendmakingen.nl/kst-36045-267");
    assertThat(json.at("/pairs/1/answerKind").asText()).isEqualTo("declined");
    assertThat(json.at("/pairs/0/reusedFrom").isArray()).isTrue();
  }

  @Test
  void parseMarkdownShowsTheEnrichmentBriefly() {
    String md = run("parse", "--format", "md", Seeds.seed("003").toString()).out();
    assertThat(md).contains("- Soort antwoord: referral").contains("- Toezegging, uiterlijk 2026-03-31: Ik informeer de Kamer")
        .contains("[kst-36045-267](https://zoek.officielebekendmakingen.nl/kst-36045-267)");
  }

  @Test
  void listsThePromisesDueBeforeADateSoonestFirst() throws IOException {
    JsonNode json = run("commitments", "--data", library.toString(), "--format", "json", "--due-before", "2026-12-31").json();
    assertThat(json.get("total").asInt()).isEqualTo(3);
    assertThat(deadlines(json)).containsExactly("2026-01-31", "2026-03-31", "2026-03-31");
    assertThat(json.at("/commitments/0/responder").asText()).isEqualTo("minister van Buitenlandse Zaken");
  }

  @Test
  void listsOnlyOpenPromisesOfOneResponder() throws IOException {
    JsonNode all = run("commitments", "--data", library.toString(), "--format", "json").json();
    JsonNode open = run("commitments", "--data", library.toString(), "--format", "json", "--open", "--as-of", "2026-02-15",
        "--responder", "Defensie").json();
    assertThat(all.get("total").asInt()).isGreaterThan(open.get("total").asInt());
    assertThat(open.get("commitments")).isNotEmpty().allSatisfy(c -> {
      assertThat(c.get("responder").asText()).isEqualTo("minister van Defensie");
      assertThat(c.get("deadline").isNull() || c.get("deadline").asText().compareTo("2026-02-15") >= 0).isTrue();
    });
    assertThat(deadlines(open)).contains("2026-03-31").doesNotContain("2026-01-31");
  }

  @Test
  void listsPromisesAsTextForTheTerminal() {
    Run text = run("commitments", "--data", library.toString(), "--due-before", "2026-02-01");
    assertThat(text.status()).isZero();
    assertThat(text.out()).startsWith("1 commitment\n").contains("due 2026-01-31  minister van Buitenlandse Zaken");
  }

  @Test
  void findsEveryPairCitingAKamerstukByIdOrAsPrinted() throws IOException {
    JsonNode byId = run("cites", "--data", library.toString(), "--format", "json", "kst-36045-267").json();
    JsonNode asPrinted = run("cites", "--data", library.toString(), "--format", "json", "Kamerstuk 36 045, nr. 267").json();
    assertThat(byId.get("total").asInt()).isEqualTo(2);
    assertThat(byId.get("url").asText()).isEqualTo("https://zoek.officielebekendmakingen.nl/kst-36045-267");
    assertThat(asPrinted).isEqualTo(byId);
    assertThat(byId.get("pairs")).allSatisfy(p ->
        assertThat(p.at("/pair/references").findValuesAsText("id")).contains("kst-36045-267"));
  }

  @Test
  void findsThePairsCitingAMotionByName() throws IOException {
    JsonNode json = run("cites", "--data", library.toString(), "--format", "json", "motie", "Klaver").json();
    assertThat(json.get("reference").asText()).isEqualTo("motie-klaver");
    assertThat(json.get("total").asInt()).isEqualTo(3);
    Run text = run("cites", "--data", library.toString(), "motie-paternotte");
    assertThat(text.out()).startsWith("motie-paternotte\ncited by 3 pairs\n");
  }

  @Test
  void listsCitingPairsAPageAtATimeWithTheTotal() throws IOException {
    JsonNode all = run("cites", "--data", library.toString(), "--format", "json", "motie-klaver").json();
    JsonNode first = run("cites", "--data", library.toString(), "--format", "json", "--limit", "2", "motie-klaver").json();
    JsonNode rest = run("cites", "--data", library.toString(), "--format", "json", "--limit", "2", "--offset", "2", "motie-klaver").json();
    assertThat(first.get("total").asInt()).isEqualTo(3);
    assertThat(first.get("pairs")).hasSize(2);
    List<String> paged = new ArrayList<>(pairIds(first));
    paged.addAll(pairIds(rest));
    assertThat(paged).hasSize(3).containsExactlyElementsOf(pairIds(all));
    assertThat(run("cites", "--data", library.toString(), "--limit", "2", "motie-klaver").out())
        .startsWith("motie-klaver\ncited by 3 pairs (1 to 2 shown; --offset 2 for the next)\n");
    Run zero = run("cites", "--data", library.toString(), "--limit", "0", "motie-klaver");
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.err().lines()).singleElement().asString().contains("--limit 0");
  }

  @Test
  void explainsAReferenceItCannotReadInOneLine() {
    Run run = run("cites", "--data", library.toString(), "de grote brief");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString().contains("de grote brief").contains("kst-36045-267");
  }

  @Test
  void rejectsABadDateAsAUsageError() {
    assertThat(run("commitments", "--data", library.toString(), "--due-before", "31-03-2026").status()).isEqualTo(2);
  }

  private static List<String> pairIds(JsonNode cites) {
    List<String> ids = new ArrayList<>();
    cites.get("pairs").forEach(p -> ids.add(p.at("/pair/id").asText()));
    return ids;
  }

  private static List<String> deadlines(JsonNode json) {
    List<String> deadlines = new ArrayList<>();
    json.get("commitments").forEach(c -> deadlines.add(c.get("deadline").isNull() ? null : c.get("deadline").asText()));
    return deadlines;
  }
}
