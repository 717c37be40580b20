package nl.vraagbaak.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Parser;

/** The labeled sets of src/test/resources/enrich and the enriched seeds they refer to. */
final class Labeled {

  private static final Map<String, Enriched> SEEDS = new ConcurrentHashMap<>();

  private Labeled() {}

  /** The rows of a labeled set: tab-separated fields, comments and blank lines left out. */
  static List<String[]> rows(String name) {
    try (InputStream in = Labeled.class.getResourceAsStream("/enrich/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no labeled set /enrich/" + name + " on the test class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A seed ("003"), read, parsed and enriched once per test run. */
  static Enriched seed(String number) {
    return SEEDS.computeIfAbsent(number, n -> switch (Extraction.of(Seeds.seed(n))) {
      case Extraction.Read read -> Enricher.enrich(Parser.parse(read.extracted()));
      case Extraction.Failed failed -> throw new IllegalStateException("seed " + n + " unreadable: " + failed.reason());
    });
  }

  static EnrichedPair pair(String seed, int ordinal) {
    return seed(seed).pairs().stream().filter(p -> p.pair().ordinal() == ordinal).findFirst()
        .orElseThrow(() -> new IllegalStateException("seed " + seed + " has no pair " + ordinal + "; has the parser changed?"));
  }

  static List<String> seeds() {
    return List.of("000", "001", "002", "003", "004");
  }

  static List<String> words(String field) {
    return field.equals("-") ? List.of() : Arrays.asList(field.trim().split("\\s+"));
  }
}
