package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.vraagbaak.Mangling;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.extract.Extracted;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.extract.Format;
import nl.vraagbaak.extract.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands of damaged seeds, from a fixed seed so a failure can be replayed: the parser never throws or hangs. */
class MangledInputTest {

  private static final long SEED = 20261123L;

  @Test
  void neverThrowsOnShuffledDeletedOrDuplicatedLines() throws IOException {
    List<List<String>> seeds = new ArrayList<>();
    for (String n : List.of("000", "001", "002", "003", "004")) {
      seeds.add(Files.readAllLines(Seeds.seed(n), StandardCharsets.UTF_8));
    }
    Random random = new Random(SEED);
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          for (int round = 0; round < 1500; round++) {
            List<String> lines = mangle(seeds.get(random.nextInt(seeds.size())), random);
            ParseResult result = Parser.parse(extracted(lines));
            assertThat(result.pairs()).allSatisfy(p -> assertThat(p.answer()).isNotNull());
          }
        });
  }

  @Test
  void neverThrowsOnFlippedBytes(@TempDir Path dir) throws IOException {
    Random random = new Random(SEED + 1);
    byte[] original = Files.readAllBytes(Seeds.seed("004"));
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          for (int round = 0; round < 200; round++) {
            byte[] bytes = original.clone();
            for (int flips = 1 + random.nextInt(50); flips > 0; flips--) {
              bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            Path file = dir.resolve("mangled-" + round + ".txt");
            Files.write(file, bytes);
            if (Extraction.of(file) instanceof Extraction.Read read) {
              assertThat(Parser.parse(read.extracted()).document().id()).hasSize(16);
            }
          }
        });
  }

  private static List<String> mangle(List<String> seed, Random random) {
    return Mangling.lines(seed, random, random.nextInt(Mangling.KINDS));
  }

  private static Extracted extracted(List<String> lines) {
    List<Line> numbered = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      numbered.add(new Line(lines.get(i), i + 1, 0));
    }
    return new Extracted("mangled.txt", "0000000000000000", Format.TEXT, numbered, List.of(), List.of());
  }
}
