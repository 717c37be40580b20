package nl.vraagbaak.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line, as a user meets it: one line on stderr per bad file naming the file and the
 * reason, exit status 1, no stack trace, and the good files of the same call still parsed; in a JVM with a small heap
 * too, so memory stays bounded whatever the input.
 */
class BadInputCliTest {

  @TempDir Path dir;

  /** Each bad file and the start of the reason it must be given. */
  private final Map<Path, String> bad = new LinkedHashMap<>();

  @BeforeEach
  void makeBadFiles() throws IOException {
    bad.put(Files.createFile(dir.resolve("leeg.txt")), "is empty");
    byte[] noise = new byte[50_000];
    new Random(20260123).nextBytes(noise);
    bad.put(Files.write(dir.resolve("ruis.txt"), noise), "is binary data, not a document");
    Path pdf = Fixtures.pdf(dir.resolve("heel.pdf"), List.of(List.of("Vraag 1", "Hoeveel?"), List.of("Antwoord 1", "Drie.")));
    bad.put(Fixtures.truncate(pdf, dir.resolve("afgebroken.pdf"), 0.1), "is a damaged PDF (");
    bad.put(Fixtures.encrypt(pdf, dir.resolve("versleuteld.pdf")), "is encrypted (password-protected PDF)");
    Path docx = Fixtures.docxWithFootnoteAndTable(dir.resolve("heel.docx"));
    bad.put(Fixtures.truncate(docx, dir.resolve("afgebroken.docx"), 0.6), "is a damaged DOCX (");
    byte[] garbage = new byte[3000];
    new Random(11).nextBytes(garbage);
    bad.put(Fixtures.zip(dir.resolve("nep.docx"), Map.of("[Content_Types].xml", garbage, "word/document.xml", garbage)), "is a damaged DOCX (");
    bad.put(Fixtures.zipBomb(dir.resolve("bom.docx"), 80), "looks like a zip bomb (");
    Path huge = dir.resolve("groot.txt");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024);
    }
    bad.put(huge, "is larger than the 64 MB limit for a document");
  }

  private List<String> arguments() {
    List<String> args = new ArrayList<>(List.of("parse", "--format", "jsonl", Seeds.seed("001").toString()));
    bad.keySet().forEach(file -> args.add(file.toString()));
    args.add(Seeds.seed("000").toString());
    return args;
  }

  @Test
  void eachBadFileGetsOneLineNamingItAndItsReasonWhileTheGoodOnesAreParsed() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), arguments().toArray(String[]::new));
    assertThat(status).isEqualTo(1);
    assertThat(out.toString().lines()).hasSize(2).allMatch(line -> line.startsWith("{") && line.contains("\"pairs\""));
    assertOneLineEach(err.toString());
  }

  @Test
  void badFilesFailCleanlyInAJvmWithASmallHeap() throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(arguments());
    Path stdout = dir.resolve("out.jsonl");
    Path stderr = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(Files.readAllLines(stdout, StandardCharsets.UTF_8)).hasSize(2);
    assertOneLineEach(Files.readString(stderr, StandardCharsets.UTF_8));
  }

  @Test
  void aLetterWithoutQuestionsGivesZeroPairsAndExitZero() throws IOException {
    Path letter = Files.writeString(dir.resolve("brief.txt"), "Geachte voorzitter,\n\nHierbij zend ik u de jaarlijkse rapportage.\n\nHoogachtend,\n\nDe minister van Defensie\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "parse", "--format", "jsonl", letter.toString());
    assertThat(status).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains("\"pairs\":[]");
  }

  private void assertOneLineEach(String stderr) {
    List<String> lines = stderr.lines().filter(line -> !line.startsWith("NOTE: Picked up")).toList();
    assertThat(lines).hasSize(bad.size());
    assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ");
    for (Map.Entry<Path, String> file : bad.entrySet()) {
      assertThat(lines).as("the line for %s", file.getKey().getFileName())
          .filteredOn(line -> line.contains(file.getKey().toString() + ":"))
          .singleElement().asString().startsWith("vraagbaak: " + file.getKey() + ": " + file.getValue());
    }
  }
}
