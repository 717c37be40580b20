package nl.vraagbaak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.store.Ingest;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.Stats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryCommandsTest {

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  static Run ingestSeeds(Path data) {
    Run run = run("ingest", "--data", data.toString(), Seeds.dir().toString());
    assertThat(run.status()).as(run.err()).isZero();
    return run;
  }

  static long seedPairs() throws IOException {
    long pairs = 0;
    try (Stream<Path> files = Files.list(Seeds.dir())) {
      for (Path file : files.toList()) {
        pairs += Json.MAPPER.readTree(run("parse", "--format", "json", file.toString()).out()).get("pairs").size();
      }
    }
    return pairs;
  }

  @Test
  void ingestsAFolderAndReportsEachDocumentAndTheTotal(@TempDir Path data) throws IOException {
    Run run = ingestSeeds(data);
    assertThat(run.out().lines()).hasSize(5).allMatch(l -> l.matches("stored [0-9a-f]{16} \\d+ pairs .+"));
    assertThat(run.err()).contains("5 documents").contains("5 stored").contains("0 failed");
    try (Library library = Library.open(data)) {
      assertThat(library.stats().pairs()).isEqualTo(seedPairs());
    }
  }

  @Test
  void reingestingChangesNothing(@TempDir Path data) {
    ingestSeeds(data);
    Map<String, Long> before;
    try (Library library = Library.open(data)) {
      before = library.documentVersions();
    }
    Run again = ingestSeeds(data);
    assertThat(again.out().lines()).hasSize(5).allMatch(l -> l.startsWith("unchanged "));
    try (Library library = Library.open(data)) {
      assertThat(library.documentVersions()).isEqualTo(before);
    }
  }

  @Test
  void reparsesDocumentsStoredByAnotherParserVersion(@TempDir Path data) throws IOException {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Seeds.dir())) {
      seeds = files.sorted().toList();
    }
    List<Ingest.Outcome> first = new ArrayList<>();
    List<Ingest.Outcome> second = new ArrayList<>();
    List<Ingest.Outcome> third = new ArrayList<>();
    try (Library library = Library.openForWriting(data)) {
      new Ingest(library, "old", stored -> {}).run(seeds.subList(0, 2), first::add);
      new Ingest(library, "old", stored -> {}).run(seeds.subList(0, 2), second::add);
      new Ingest(library, Ingest.PARSER_VERSION, stored -> {}).run(seeds.subList(0, 2), third::add);
      assertThat(library.isCurrent(((Ingest.Outcome.Added) third.get(0)).stored().document().document().id(), Ingest.PARSER_VERSION)).isTrue();
    }
    assertThat(first).allMatch(o -> o instanceof Ingest.Outcome.Added);
    assertThat(second).allMatch(o -> o instanceof Ingest.Outcome.Unchanged);
    assertThat(third).allMatch(o -> o instanceof Ingest.Outcome.Added);
    assertThat(((Ingest.Outcome.Added) third.get(0)).stored().version())
        .isGreaterThan(((Ingest.Outcome.Added) first.get(1)).stored().version());
  }

  @Test
  void storesTheGoodFilesAndListsTheBadOnes(@TempDir Path dir) throws IOException {
    Path input = Files.createDirectories(dir.resolve("in/sub"));
    Files.copy(Seeds.seed("001"), input.resolve("goed.txt"));
    Files.copy(Seeds.seed("003"), dir.resolve("in/ook-goed.txt"));
    Files.createFile(input.resolve("leeg.txt"));
    byte[] noise = new byte[5000];
    new Random(7).nextBytes(noise);
    Files.write(dir.resolve("in/ruis.pdf"), noise);
    Path data = dir.resolve("data");
    Run run = run("ingest", "--data", data.toString(), dir.resolve("in").toString(), dir.resolve("bestaat-niet.txt").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(2).allMatch(l -> l.startsWith("stored "));
    List<String> failures = run.err().lines().filter(l -> l.startsWith("vraagbaak: ")).toList();
    assertThat(failures).hasSize(3);
    assertThat(failures).anyMatch(l -> l.contains("leeg.txt") && l.contains("empty"));
    assertThat(failures).anyMatch(l -> l.contains("ruis.pdf"));
    assertThat(failures).anyMatch(l -> l.contains("bestaat-niet.txt") && l.contains("does not exist"));
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    try (Library library = Library.open(data)) {
      assertThat(library.stats().documents()).isEqualTo(2);
    }
  }

  @Test
  void storesTheSameBytesUnderTwoNamesOnce(@TempDir Path dir) throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.copy(Seeds.seed("001"), input.resolve("a.txt"));
    Files.copy(Seeds.seed("001"), input.resolve("b.txt"));
    Run run = run("ingest", "--data", dir.resolve("data").toString(), input.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out().lines().toList().get(0)).startsWith("stored ").endsWith("a.txt");
    assertThat(run.out().lines().toList().get(1)).startsWith("unchanged ").endsWith("b.txt");
  }

  @Test
  void showsAPairAndADocumentInEachFormat(@TempDir Path data) throws IOException {
    ingestSeeds(data);
    JsonNode document = Json.MAPPER.readTree(run("parse", "--format", "json", Seeds.seed("003").toString()).out());
    String documentId = document.at("/document/id").asText();
    Run json = run("show", "--data", data.toString(), "--format", "json", documentId);
    assertThat(json.status()).isZero();
    JsonNode shown = Json.MAPPER.readTree(json.out());
    // The seeds repeat no long answer of another seed, so nothing is added to reusedFrom.
    assertThat(shown.get("pairs")).isEqualTo(document.get("pairs"));
    assertThat(shown.get("document").get("title")).isEqualTo(document.get("document").get("title"));

    Run pair = run("show", "--data", data.toString(), "--format", "json", documentId + ".22");
    JsonNode shownPair = Json.MAPPER.readTree(pair.out());
    assertThat(shownPair.at("/pair/id").asText()).isEqualTo(documentId + ".22");
    assertThat(shownPair.at("/pair/question").asText()).isEqualTo(document.at("/pairs/21/question").asText());
    assertThat(shownPair.at("/document/id").asText()).isEqualTo(documentId);

    Run text = run("show", "--data", data.toString(), documentId + ".22");
    assertThat(text.out()).contains(documentId + ".22").contains(document.at("/pairs/21/answer").asText().substring(0, 60));
    Run md = run("show", "--data", data.toString(), "--format", "md", documentId);
    assertThat(md.out()).startsWith("# ").contains("**Antwoord**");
  }

  @Test
  void explainsAnUnknownIdInOneLine(@TempDir Path data) {
    ingestSeeds(data);
    for (String id : List.of("0123456789abcdef", "0123456789abcdef.3")) {
      Run run = run("show", "--data", data.toString(), id);
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err().lines()).hasSize(1).first().asString().contains(id).contains("no ");
    }
    Run missing = run("stats", "--data", data.resolve("elders").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err().lines()).hasSize(1).first().asString().contains("no library").contains("ingest");
  }

  @Test
  void refusesAFileThatIsNotALibraryInOneLine(@TempDir Path data) throws IOException {
    byte[] noise = new byte[8192];
    new Random(3).nextBytes(noise);
    Files.write(data.resolve(Library.DATABASE_FILE), noise);
    for (String command : List.of("stats", "ingest")) {
      Run run = command.equals("stats") ? run("stats", "--data", data.toString())
          : run("ingest", "--data", data.toString(), Seeds.seed("001").toString());
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err().lines()).hasSize(1).first().asString().contains("is not a vraagbaak library");
    }
  }

  @Test
  void exportsEveryPairAsJsonLines(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    ingestSeeds(data);
    Run run = run("export", "--data", data.toString(), "--format", "jsonl");
    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat((long) lines.size()).isEqualTo(seedPairs());
    for (String line : lines) {
      JsonNode pair = Json.MAPPER.readTree(line);
      assertThat(pair.at("/pair/id").asText()).startsWith(pair.at("/document/id").asText() + ".");
      assertThat(pair.at("/document/kind").isTextual()).isTrue();
      assertThat(pair.at("/pair/answerKind").isTextual()).isTrue();
    }
    Path file = dir.resolve("pairs.jsonl");
    assertThat(run("export", "--data", data.toString(), "--format", "jsonl", "--out", file.toString()).status()).isZero();
    assertThat(Files.readString(file)).isEqualTo(run.out());
  }

  @Test
  void exportsEveryPairAsCsvThatQuotesWhatItMust(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    ingestSeeds(data);
    Path file = dir.resolve("pairs.csv");
    assertThat(run("export", "--data", data.toString(), "--format", "csv", "--out", file.toString()).status()).isZero();
    List<List<String>> rows = parseCsv(Files.readString(file));
    assertThat((long) rows.size()).isEqualTo(seedPairs() + 1);
    List<String> header = rows.get(0);
    assertThat(header).contains("document_id", "date", "party", "question", "answer", "pair_id");
    assertThat(rows).allMatch(row -> row.size() == header.size());
    List<String> lines = run("export", "--data", data.toString(), "--format", "jsonl").out().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode pair = Json.MAPPER.readTree(lines.get(i));
      List<String> row = rows.get(i + 1);
      assertThat(row.get(header.indexOf("pair_id"))).isEqualTo(pair.at("/pair/id").asText());
      assertThat(row.get(header.indexOf("question"))).isEqualTo(pair.at("/pair/question").asText());
      assertThat(row.get(header.indexOf("answer"))).isEqualTo(pair.at("/pair/answer").asText());
      assertThat(row.get(header.indexOf("title"))).isEqualTo(pair.at("/document/title").asText(""));
    }
  }

  /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && field.isEmpty()) {
        i++;
        while (true) {
          char q = text.charAt(i++);
          if (q == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
        continue;
      }
      if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("bare line break inside an unquoted field at %d", i).isNotIn('\r', '\n');
        field.append(c);
      }
      i++;
    }
    assertThat(row).isEmpty();
    return rows;
  }

  @Test
  void reportsTheCountsAsTextAndJson(@TempDir Path data) throws IOException {
    ingestSeeds(data);
    Run json = run("stats", "--data", data.toString(), "--format", "json");
    assertThat(json.status()).isZero();
    JsonNode stats = Json.MAPPER.readTree(json.out());
    assertThat(stats.get("documents").asLong()).isEqualTo(5);
    assertThat(stats.get("pairs").asLong()).isEqualTo(seedPairs());
    long perParty = 0;
    for (JsonNode count : stats.get("perParty")) {
      perParty += count.asLong();
    }
    assertThat(perParty).isEqualTo(seedPairs());
    assertThat(stats.at("/perKind/schriftelijk-overleg").asLong()).isPositive();
    assertThat(stats.at("/perParty/D66").asLong()).isPositive();
    assertThat(stats.has("answerKindsPerResponder")).isTrue();
    Run text = run("stats", "--data", data.toString());
    assertThat(text.out()).contains("documents:  5").contains("pairs per party:").contains("D66").contains("pairs per year:");
    assertThat(Stats.UNKNOWN).isEqualTo("onbekend");
  }
}
