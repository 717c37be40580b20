package nl.vraagbaak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.vraagbaak.ChildJvm;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Parser;
import nl.vraagbaak.search.LibraryIndex;
import nl.vraagbaak.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest (a child JVM, SIGKILL) at random moments and checks what it leaves: a library that opens,
 * holds every document the child reported, and no half document.
 */
class IngestCrashTest {

  private static final int FILES = 40;
  private static final int KILLS = 5;

  @Test
  void aKilledIngestLeavesEveryReportedDocumentAndNoHalfDocument(@TempDir Path dir) throws Exception {
    Path input = copiesOfTheSeeds(dir.resolve("in"));
    Path data = dir.resolve("data");
    Random random = new Random(20261123);
    List<String> reported = new ArrayList<>();
    for (int round = 0; round < KILLS; round++) {
      Child child = new Child(data, input, dir.resolve("ingest-" + round + ".err"));
      if (round == 0) {
        Thread.sleep(100 + random.nextInt(1500)); // JVM start, creating the library
      } else {
        // Somewhere among the documents not stored yet, give or take a transaction.
        int stored = new java.util.HashSet<>(reported).size();
        child.awaitDone(stored + 1 + random.nextInt(Math.max(1, (FILES - stored) / 2)));
        Thread.sleep(random.nextInt(40));
      }
      child.process.destroyForcibly();
      assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      List<String> done = child.done();
      assertThat(done.size()).as("round %d was killed before it finished", round).isLessThan(FILES);
      reported.addAll(done);
      checkLibrary(data, reported);
    }
    Child last = new Child(data, input, dir.resolve("ingest-last.err"));
    assertThat(last.process.waitFor(300, TimeUnit.SECONDS)).as("the last ingest finishes").isTrue();
    assertThat(last.process.exitValue()).as(Files.readString(dir.resolve("ingest-last.err"))).isZero();
    reported.addAll(last.done());
    assertThat(last.done()).hasSize(FILES);
    checkLibrary(data, reported);
    try (Library library = Library.open(data)) {
      assertThat(library.documentVersions()).hasSize(FILES);
    }
  }

  /** Copies of the seeds, each with a different number of trailing blank lines so that every id differs. */
  private static Path copiesOfTheSeeds(Path input) throws IOException {
    Files.createDirectories(input);
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Seeds.dir())) {
      seeds = files.sorted().toList();
    }
    for (int i = 0; i < FILES; i++) {
      byte[] seed = Files.readAllBytes(seeds.get(i % seeds.size()));
      byte[] copy = new byte[seed.length + 1 + i / seeds.size()];
      System.arraycopy(seed, 0, copy, 0, seed.length);
      java.util.Arrays.fill(copy, seed.length, copy.length, (byte) '\n');
      Files.write(input.resolve(String.format("%02d-%s", i, seeds.get(i % seeds.size()).getFileName())), copy);
    }
    return input;
  }

  /** A child JVM running {@code vraagbaak ingest}; its stdout is read as it comes. */
  private static final class Child {
    final Process process;
    private final List<String> done = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    Child(Path data, Path input, Path stderr) {
      process = ChildJvm.start(Main.class, stderr, "ingest", "--data", data.toString(), input.toString());
      reader = Thread.ofPlatform().start(() -> {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("stored ") || line.startsWith("unchanged ")) {
              done.add(line.split(" ")[1]);
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }

    /** Waits until the child reported this many documents (or ended). */
    void awaitDone(int count) throws InterruptedException {
      long deadline = System.currentTimeMillis() + 120_000;
      while (done.size() < count && process.isAlive() && System.currentTimeMillis() < deadline) {
        Thread.sleep(2);
      }
    }

    /** Document ids the child reported stored or unchanged (call after it ended). */
    List<String> done() throws InterruptedException {
      reader.join(30_000);
      return List.copyOf(done);
    }
  }

  private static void checkLibrary(Path data, List<String> reported) {
    try (Library writer = Library.openForWriting(data)) {
      assertThat(writer.dir()).isEqualTo(data); // the killed writer left no lock behind
      try (LibraryIndex index = LibraryIndex.open(writer)) { // reconciles what the kill left out of the index
        assertThat(index.index().versions()).as("index agrees with the library").isEqualTo(writer.documentVersions());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (Library library = Library.open(data)) {
      Map<String, Long> versions = library.documentVersions();
      assertThat(versions.keySet()).containsAll(reported);
      library.forEachDocument(stored -> {
        Enriched fresh = Enricher.enrich(Parser.parse(((Extraction.Read) Extraction.of(Path.of(stored.document().source()))).extracted()));
        assertThat(withoutReuse(stored)).as("document %s", stored.document().source()).isEqualTo(withoutReuse(fresh));
        stored.pairs().forEach(pair -> assertThat(versions.keySet())
            .as("reusedFrom of %s points into the library", pair.pair().id())
            .containsAll(pair.enrichment().reusedFrom().stream().map(id -> id.substring(0, id.indexOf('.'))).toList()));
      });
    }
  }

  private static Enriched withoutReuse(Enriched document) {
    List<EnrichedPair> pairs = document.pairs().stream()
        .map(p -> new EnrichedPair(p.pair(), p.enrichment().withReusedFrom(List.of()))).toList();
    return new Enriched(document.document(), pairs, document.unanswered(), document.issues());
  }
}
