package nl.vraagbaak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vraagbaak.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void printsTheContractJsonOfADocument() throws IOException {
    Run run = run("parse", "--format", "json", Seeds.seed("001").toString());
    assertThat(run.status()).isZero();
    JsonNode json = Json.MAPPER.readTree(run.out());
    assertThat(json.at("/document/id").asText()).hasSize(16);
    assertThat(json.at("/document/format").asText()).isEqualTo("txt");
    assertThat(json.at("/pairs/0/id").asText()).isEqualTo(json.at("/document/id").asText() + ".1");
    assertThat(json.at("/pairs/0/location/startLine").asInt()).isPositive();
    assertThat(json.at("/pairs/0/asker/party").asText()).isEqualTo("VVD");
  }

  @Test
  void printsOneLinePerFileAsJsonLines() {
    Run run = run("parse", "--format", "jsonl", Seeds.seed("000").toString(), Seeds.seed("001").toString());
    assertThat(run.status()).isZero();
    assertThat(run.out().lines()).hasSize(2);
  }

  @Test
  void explainsAFailedFileInOneLineAndStillParsesTheOthers(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("leeg.txt"));
    Run run = run("parse", "--format", "jsonl", empty.toString(), Seeds.seed("001").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains("leeg.txt").contains("empty");
  }

  @Test
  void givesZeroPairsForALetterWithoutQuestions(@TempDir Path dir) throws IOException {
    Path letter = dir.resolve("brief.txt");
    Files.writeString(letter, "Geachte voorzitter,\n\nHierbij informeer ik u over de stand van zaken.\n\nHoogachtend,\nDe minister van Defensie\n");
    Run run = run("parse", letter.toString());
    assertThat(run.status()).isZero();
    assertThat(Json.MAPPER.readTree(run.out()).get("pairs")).isEmpty();
  }

  @Test
  void rejectsAnUnknownFormatAsAUsageError() {
    assertThat(run("parse", "--format", "xls", "x.txt").status()).isEqualTo(2);
  }

  @Test
  void printsReadableMarkdown() {
    Run run = run("parse", "--format", "md", Seeds.seed("001").toString());
    assertThat(run.out()).contains("## ").contains("**Antwoord**").contains("(VVD)");
  }

  @Test
  void readsEveryWayOfWritingTheFormatAlikeWithOrWithoutPicocli() {
    String seed = Seeds.seed("001").toString();
    Run plain = run("parse", "--format", "jsonl", seed);
    assertThat(plain.status()).isZero();
    assertThat(run("parse", "--format=jsonl", seed)).isEqualTo(plain);
    assertThat(run("parse", seed, "--format", "jsonl")).isEqualTo(plain);
    assertThat(run("parse", "--format", "jsonl", "--", seed)).isEqualTo(plain); // "--" is left to picocli
    assertThat(run("parse", seed)).isEqualTo(run("parse", "--", seed));
  }

  @Test
  void leavesHelpAndMistakesToPicocli() {
    Run unknown = run("parse", "--help", "x.txt");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option").contains("Usage:");
    assertThat(run("parse", "--format", "jsonl", "--format", "md", "x.txt").status()).isEqualTo(2);
    assertThat(run("parse", "--format").status()).isEqualTo(2);
    assertThat(run("parse", "--formaat", "md", "x.txt").status()).isEqualTo(2);
    assertThat(run("parse").status()).isEqualTo(2);
  }
}
