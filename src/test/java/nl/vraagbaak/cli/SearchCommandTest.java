package nl.vraagbaak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.search.SeedLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

  @TempDir static Path data;

  @BeforeAll
  static void libraryOfTheSeeds() {
    var ingest = ParseCommandTest.run("ingest", "--data", data.toString(), Seeds.dir().toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
  }

  private static ParseCommandTest.Run run(String... args) {
    return ParseCommandTest.run(args);
  }

  @Test
  void printsTheContractJsonOfASearch() throws IOException {
    var run = run("search", "--data", data.toString(), "--format", "json", "--party", "D66", "Groenland");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = Json.MAPPER.readTree(run.out());
    assertThat(json.get("query").asText()).isEqualTo("Groenland");
    assertThat(json.get("total").asLong()).isPositive();
    JsonNode hit = json.at("/hits/0");
    assertThat(hit.at("/pair/id").asText()).isEqualTo(SeedLibrary.seed("003").document().id() + ".1");
    assertThat(hit.at("/pair/asker/party").asText()).isEqualTo("D66");
    assertThat(hit.at("/pair/answerKind").isMissingNode()).isFalse();
    assertThat(hit.at("/document/id").asText()).hasSize(16);
    assertThat(hit.at("/document/source").asText()).isNotEmpty();
    assertThat(hit.get("score").asDouble()).isPositive();
    assertThat(hit.at("/highlights/question").asText()).contains("<mark>Groenland</mark>");
    assertThat(json.at("/facets/party/D66").asLong()).isEqualTo(json.get("total").asLong());
    assertThat(json.at("/facets/year").isObject()).isTrue();
    assertThat(json.at("/facets/kind").isObject()).isTrue();
  }

  @Test
  void printsReadableHitsAsText() {
    var run = run("search", "--data", data.toString(), "--limit", "2", "Groenland");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("pairs for 'Groenland'", "1. ", "2. ", "«Groenland»").doesNotContain("3. ");
  }

  @Test
  void rejectsGarbageQueriesInOneLineWithStatusTwo() {
    var run = run("search", "--data", data.toString(), "((NAVO AND");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("vraagbaak: ").contains("((NAVO AND");
    var date = run("search", "--data", data.toString(), "--from", "31-01-2026", "NAVO");
    assertThat(date.status()).isEqualTo(2);
    assertThat(date.err().lines()).hasSize(1).first().asString().contains("--from");
  }

  @Test
  void saysSoWhenTheLibraryIsMissing(@TempDir Path empty) {
    var run = run("search", "--data", empty.resolve("nothing").toString(), "NAVO");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains("no library");
  }

  @Test
  void reindexRebuildsTheIndexFromTheLibrary(@TempDir Path other) throws IOException {
    assertThat(run("ingest", "--data", other.toString(), Seeds.seed("001").toString()).status()).isZero();
    java.nio.file.Path index = PairIndex.in(other);
    try (var files = java.nio.file.Files.walk(index)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    assertThat(run("search", "--data", other.toString(), "--format", "json", "NAVO").out()).contains("\"total\" : 0");
    var reindex = run("reindex", "--data", other.toString());
    assertThat(reindex.status()).isZero();
    JsonNode json = Json.MAPPER.readTree(run("search", "--data", other.toString(), "--format", "json", "NAVO").out());
    assertThat(json.get("total").asLong()).isPositive();
  }

  @Test
  void printsSimilarPairsOfAPairAsContractJson() throws IOException {
    String id = SeedLibrary.seed("003").document().id() + ".41";
    var run = run("similar", "--data", data.toString(), "--format", "json", "--pair", id);
    assertThat(run.status()).isZero();
    JsonNode result = Json.MAPPER.readTree(run.out()).at("/results/0");
    assertThat(result.get("pair").asText()).isEqualTo(id);
    assertThat(result.get("question").asText()).contains("1,5%");
    assertThat(result.get("similar")).hasSizeLessThanOrEqualTo(5).isNotEmpty();
    assertThat(result.at("/similar/0/pair/id").asText()).isNotEqualTo(id);
    assertThat(result.at("/similar/0/document/id").asText()).hasSize(16);
    assertThat(result.at("/similar/0/score").asDouble()).isPositive();
  }

  @Test
  void printsSimilarPairsForEveryQuestionOfAFileAndForAText() throws IOException {
    var file = run("similar", "--data", data.toString(), "--format", "json", "--limit", "2", Seeds.seed("001").toString());
    assertThat(file.status()).isZero();
    assertThat(Json.MAPPER.readTree(file.out()).get("results")).hasSize(SeedLibrary.seed("001").pairs().size());
    var text = run("similar", "--data", data.toString(), "--text", "Hoe staat het met de EU-lening aan Oekraïne?");
    assertThat(text.status()).isZero();
    assertThat(text.out()).contains("1. ");
  }

  @Test
  void rejectsAnUnknownPairAndTwoSources() {
    var unknown = run("similar", "--data", data.toString(), "--pair", "0000000000000000.1");
    assertThat(unknown.status()).isEqualTo(1);
    assertThat(unknown.err().lines()).hasSize(1).first().asString().contains("0000000000000000.1");
    var both = run("similar", "--data", data.toString(), "--pair", "x.1", "--text", "NAVO");
    assertThat(both.status()).isEqualTo(2);
  }
}
