package nl.vraagbaak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.vraagbaak.ChildJvm;
import nl.vraagbaak.search.HybridSimilarity;
import nl.vraagbaak.search.TestModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --embedding-model DIR} through the real parts: documents ingested into a library on disk, the small
 * English-only model of the test class path. Its questions are English on purpose, since that model knows no Dutch:
 * the point is that vectors find a paraphrase that shares no word with the question, which BM25 cannot.
 */
class EmbeddingModelTest {

  private static final String PARAPHRASE = "How much do families spend on power bills?";

  @TempDir static Path root;
  static Path model;
  static Path files;
  static String electricityPair;

  @BeforeAll
  static void libraryAndModel() throws IOException {
    model = TestModel.in(root.resolve("model"));
    files = Files.createDirectories(root.resolve("files"));
    Files.writeString(files.resolve("energie.txt"), TestModel.ENERGY);
    Files.writeString(files.resolve("defensie.txt"), TestModel.DEFENCE);
    var parse = run("parse", "--format", "json", files.resolve("energie.txt").toString());
    electricityPair = Json.MAPPER.readTree(parse.out()).at("/pairs/0/id").asText();
    assertThat(electricityPair).endsWith(".1");
  }

  private static ParseCommandTest.Run run(String... args) {
    return ParseCommandTest.run(args);
  }

  private static List<String> similarIds(ParseCommandTest.Run run) throws IOException {
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode similar = Json.MAPPER.readTree(run.out()).at("/results/0/similar");
    return similar.findValues("pair").stream().map(p -> p.get("id").asText()).toList();
  }

  private static Path library(Path dir) {
    var ingest = run("ingest", "--data", dir.toString(), files.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
    return dir;
  }

  @Test
  void withTheModelSimilarFindsAParaphraseThatSharesNoWord(@TempDir Path dir) throws IOException {
    Path data = library(dir);
    var lexical = run("similar", "--data", data.toString(), "--format", "json", "--text", PARAPHRASE);
    assertThat(similarIds(lexical)).isNotEmpty().doesNotContain(electricityPair);

    var hybrid = run("similar", "--data", data.toString(), "--format", "json", "--embedding-model", model.toString(), "--text", PARAPHRASE);
    assertThat(similarIds(hybrid).subList(0, 2)).contains(electricityPair);
    assertThat(hybrid.err()).contains("embedded 4 questions of 2 documents");
    assertThat(HybridSimilarity.vectorsIn(data)).isDirectory();
  }

  @Test
  void embedsOnlyWhatTheVectorsLackAndNeverThePairItself(@TempDir Path dir) throws IOException {
    Path data = library(dir);
    var first = run("similar", "--data", data.toString(), "--embedding-model", model.toString(), "--pair", electricityPair);
    assertThat(first.err()).contains("embedded 4 questions of 2 documents");

    Path schools = Files.writeString(dir.resolve("scholen.txt"), TestModel.SCHOOLS);
    assertThat(run("ingest", "--data", data.toString(), schools.toString()).status()).isZero();
    var second = run("similar", "--data", data.toString(), "--format", "json", "--embedding-model", model.toString(), "--pair", electricityPair);
    assertThat(second.err()).contains("embedded 1 questions of 1 documents");
    assertThat(similarIds(second)).isNotEmpty().doesNotContain(electricityPair);

    var third = run("similar", "--data", data.toString(), "--embedding-model", model.toString(), "--pair", electricityPair);
    assertThat(third.err()).doesNotContain("embedded");
  }

  @Test
  void ingestAndReindexWithTheModelEmbedTheQuestions(@TempDir Path dir) {
    var ingest = run("ingest", "--data", dir.toString(), "--embedding-model", model.toString(), files.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
    assertThat(ingest.err()).contains("embedded 4 questions of 2 documents");

    var reindex = run("reindex", "--data", dir.toString(), "--embedding-model", model.toString());
    assertThat(reindex.status()).as(reindex.err()).isZero();
    assertThat(reindex.err()).contains("embedded 4 questions of 2 documents");

    var similar = run("similar", "--data", dir.toString(), "--embedding-model", model.toString(), "--text", PARAPHRASE);
    assertThat(similar.err()).doesNotContain("embedded");
  }

  @Test
  void anotherModelReplacesTheVectorsInsteadOfMixingThem(@TempDir Path dir) throws IOException {
    Path data = library(dir);
    assertThat(run("reindex", "--data", data.toString(), "--embedding-model", model.toString()).status()).isZero();
    Path cls = TestModel.in(dir.resolve("cls-model"));
    Files.writeString(cls.resolve("vraagbaak-model.properties"), "pooling=cls\n");
    var other = run("similar", "--data", data.toString(), "--embedding-model", cls.toString(), "--text", PARAPHRASE);
    assertThat(other.status()).isZero();
    assertThat(other.err()).contains("embedded 4 questions of 2 documents", "cls pooling");
  }

  @Test
  void aBadModelDirectoryIsOneLineNamingTheFileWithStatusTwo(@TempDir Path dir) throws IOException {
    Path data = library(dir.resolve("data"));
    Path missing = dir.resolve("no-such-model");
    assertOneLineError(run("similar", "--data", data.toString(), "--embedding-model", missing.toString(), "--text", PARAPHRASE),
        missing.toString(), "model.onnx", "tokenizer.json");

    Path halfway = Files.createDirectories(dir.resolve("halfway"));
    Files.copy(model.resolve("model.onnx"), halfway.resolve("model.onnx"));
    assertOneLineError(run("similar", "--data", data.toString(), "--embedding-model", halfway.toString(), "--text", PARAPHRASE),
        halfway.resolve("tokenizer.json").toString());

    Path garbage = Files.createDirectories(dir.resolve("garbage"));
    Files.writeString(garbage.resolve("model.onnx"), "not a model");
    Files.copy(model.resolve("tokenizer.json"), garbage.resolve("tokenizer.json"));
    assertOneLineError(run("similar", "--data", data.toString(), "--embedding-model", garbage.toString(), "--text", PARAPHRASE),
        garbage.resolve("model.onnx").toString(), "ONNX");

    Path badSettings = TestModel.in(dir.resolve("bad-settings"));
    Files.writeString(badSettings.resolve("vraagbaak-model.properties"), "pooling=max\n");
    assertOneLineError(run("ingest", "--data", data.toString(), "--embedding-model", badSettings.toString(), files.toString()),
        "vraagbaak-model.properties", "pooling 'max'");
    assertOneLineError(run("bench-search", "--embedding-model", missing.toString()), missing.toString());
  }

  private static void assertOneLineError(ParseCommandTest.Run run, String... mentions) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("vraagbaak: --embedding-model ").contains(mentions);
  }

  @Test
  void withoutTheOptionNothingOfOnnxRuntimeIsLoaded(@TempDir Path dir) throws Exception {
    Path data = library(dir.resolve("data"));
    assertThat(loaded(dir, "similar", "--data", data.toString(), "--text", PARAPHRASE)).containsExactly("status 0");
    // the same check sees them when the option is given, so it can fail
    assertThat(loaded(dir, "similar", "--data", data.toString(), "--embedding-model", model.toString(), "--text", PARAPHRASE))
        .contains("status 0").anyMatch(c -> c.startsWith("ai.onnxruntime.")).anyMatch(c -> c.startsWith("dev.langchain4j."));
  }

  private static List<String> loaded(Path dir, String... args) throws Exception {
    Process child = ChildJvm.start(LoadedClasses.class, dir.resolve("child.err"), args);
    String out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return out.lines().toList();
  }
}
