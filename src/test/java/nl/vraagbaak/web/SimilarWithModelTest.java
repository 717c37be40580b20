package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vraagbaak.cli.Main;
import nl.vraagbaak.search.Embeddings;
import nl.vraagbaak.search.TestModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --embedding-model}: earlier similar questions by BM25 fused with vectors, through a real server on
 * port 0 over a library ingested by the CLI, with the small English test model (the questions are English for it).
 */
class SimilarWithModelTest {

  private static final String EDUCATORS = "Where is there a shortage of educators in classrooms?";

  private static final String PARAPHRASE = "How much do families spend on power bills?";

  @TempDir static Path root;
  static Path model;
  static Path data;

  @BeforeAll
  static void libraryAndModel() throws Exception {
    model = TestModel.in(root.resolve("model"));
    Path files = Files.createDirectories(root.resolve("files"));
    Files.writeString(files.resolve("energie.txt"), TestModel.ENERGY);
    Files.writeString(files.resolve("defensie.txt"), TestModel.DEFENCE);
    data = root.resolve("data");
    StringWriter err = new StringWriter();
    assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "ingest", "--data", data.toString(), files.toString()))
        .as(err.toString()).isZero();
  }

  @Test
  void withAModelSimilarFindsAParaphraseThatSharesNoWord() throws Exception {
    try (WebApp lexical = WebApp.start(WebOptions.of(data, 0))) {
      assertThat(similarQuestions(new Client(lexical.port()))).isNotEmpty().noneMatch(q -> q.contains("electricity"));
    }
    Embeddings embeddings = ((Embeddings.Ready) Embeddings.open(model)).model();
    try (WebApp hybrid = WebApp.start(WebOptions.of(data, 0), embeddings)) {
      Client client = new Client(hybrid.port());
      long deadline = System.currentTimeMillis() + 60_000;
      List<String> questions = similarQuestions(client);
      while (questions.stream().limit(2).noneMatch(q -> q.contains("electricity")) && System.currentTimeMillis() < deadline) {
        Thread.sleep(200); // the vectors are synced in the background; until then similar is lexical
        questions = similarQuestions(client);
      }
      assertThat(questions.subList(0, 2)).anyMatch(q -> q.contains("electricity"));
      assertThat(nl.vraagbaak.search.HybridSimilarity.vectorsIn(data)).isDirectory();
    }
  }

  @Test
  void questionsIngestedByTheCliWhileServingAreEmbeddedAndFound(@TempDir Path dir) throws Exception {
    Path library = dir.resolve("data");
    Path files = Files.createDirectories(dir.resolve("files"));
    Files.writeString(files.resolve("energie.txt"), TestModel.ENERGY);
    Files.writeString(files.resolve("defensie.txt"), TestModel.DEFENCE);
    ingest(library, files);
    Embeddings embeddings = ((Embeddings.Ready) Embeddings.open(model)).model();
    try (WebApp app = WebApp.start(WebOptions.of(library, 0), embeddings)) {
      Client client = new Client(app.port());
      Path schools = Files.createDirectories(dir.resolve("later"));
      Files.writeString(schools.resolve("scholen.txt"), TestModel.SCHOOLS);
      ingest(library, schools);
      long deadline = System.currentTimeMillis() + 60_000;
      List<String> questions = similarQuestions(client, EDUCATORS);
      while (questions.stream().limit(1).noneMatch(q -> q.contains("teachers")) && System.currentTimeMillis() < deadline) {
        Thread.sleep(200);
        questions = similarQuestions(client, EDUCATORS);
      }
      assertThat(questions).first().asString().contains("teachers");
    }
  }

  private static void ingest(Path library, Path files) {
    StringWriter err = new StringWriter();
    assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "ingest", "--data", library.toString(), files.toString()))
        .as(err.toString()).isZero();
  }

  @Test
  void serveRefusesABadModelDirectoryWithOneLineAndStatusTwo() {
    Path missing = root.resolve("no-such-model");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err),
        "serve", "--data", data.toString(), "--port", "0", "--embedding-model", missing.toString());
    assertThat(status).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .startsWith("vraagbaak: --embedding-model ").contains(missing.toString(), "model.onnx");
  }

  private static List<String> similarQuestions(Client client) {
    return similarQuestions(client, PARAPHRASE);
  }

  private static List<String> similarQuestions(Client client, String text) {
    var response = client.get("/api/similar?limit=3&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode similar = client.json(response).at("/results/0/similar");
    return similar.findValues("pair").stream().map(p -> p.get("question").asText()).toList();
  }
}
