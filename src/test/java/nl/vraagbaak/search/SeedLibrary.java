package nl.vraagbaak.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Parser;

/** The five seeds parsed and enriched (once per test run), and a real index of them. */
public final class SeedLibrary {

  private static List<Enriched> documents;

  private SeedLibrary() {}

  public static synchronized List<Enriched> documents() {
    if (documents == null) {
      try (Stream<Path> files = Files.list(Seeds.dir())) {
        documents = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(SeedLibrary::enrich).toList();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return documents;
  }

  public static Enriched enrich(Path file) {
    return switch (Extraction.of(file)) {
      case Extraction.Read read -> Enricher.enrich(Parser.parse(read.extracted()));
      case Extraction.Failed failed -> throw new IllegalStateException(failed.source() + ": " + failed.reason());
    };
  }

  /** The seed whose file name starts with the number, e.g. "003". */
  public static Enriched seed(String number) {
    Path file = Seeds.seed(number);
    return documents().stream().filter(d -> d.document().source().endsWith(file.getFileName().toString())).findFirst()
        .orElseThrow();
  }

  public static PairIndex index(Path dir) throws IOException {
    PairIndex index = PairIndex.openForWriting(dir);
    documents().forEach(d -> index.put(d, 1));
    index.commit();
    return index;
  }
}
