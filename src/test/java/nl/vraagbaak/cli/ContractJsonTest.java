package nl.vraagbaak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.vraagbaak.Mangling;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.enrich.AnswerKind;
import nl.vraagbaak.enrich.Commitment;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.enrich.Enrichment;
import nl.vraagbaak.enrich.Reference;
import nl.vraagbaak.extract.Extracted;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.extract.Format;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;
import nl.vraagbaak.parse.Asker;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Location;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.Parser;
import nl.vraagbaak.parse.Unanswered;
import nl.vraagbaak.store.StoredPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written contract JSON is Jackson's, byte for byte, compact and pretty: over real documents (which also
 * catches a record component added later and not written by {@link ContractJson}) and over strings made to need escaping.
 */
class ContractJsonTest {

  private static final long SEED = 20261123L;

  @Test
  void writesEverySeedAsJacksonDoes() throws IOException {
    for (Path seed : sorted(Seeds.dir())) {
      assertSameAsJackson(read(seed), seed.toString());
    }
  }

  @Test
  void writesEveryFixtureAndHeldoutDocumentAsJacksonDoes() throws IOException {
    List<Path> files = new ArrayList<>(sorted(resource("/parse/fixtures")));
    files.addAll(sorted(resource("/parse/heldout")));
    files.addAll(sorted(resource("/parse/heldout2")));
    assertThat(files).hasSizeGreaterThan(30);
    for (Path file : files) {
      assertSameAsJackson(read(file), file.toString());
    }
  }

  @Test
  void writesAPdfWithPageNumbersAsJacksonDoes(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("vragen.pdf");
    ParseBenchmark.BigPdf.write(List.of(Seeds.seed("001"), Seeds.seed("000")), 12, pdf);
    Enriched enriched = read(pdf);
    assertThat(enriched.pairs()).anySatisfy(p -> assertThat(p.pair().location().page()).isNotNull());
    assertSameAsJackson(enriched, pdf.toString());
  }

  @Test
  void writesThousandsOfMangledSeedsAsJacksonDoes() throws IOException {
    List<List<String>> seeds = new ArrayList<>();
    for (Path seed : sorted(Seeds.dir())) {
      seeds.add(Files.readAllLines(seed, StandardCharsets.UTF_8));
    }
    Random random = new Random(SEED);
    for (int round = 0; round < 2000; round++) {
      List<String> seed = seeds.get(random.nextInt(seeds.size()));
      int from = random.nextInt(seed.size());
      List<String> lines = mangle(seed.subList(from, Math.min(seed.size(), from + 20 + random.nextInt(400))), random);
      Enriched enriched = Enricher.enrich(Parser.parse(extracted(lines)));
      assertSameAsJackson(enriched, "mangled round " + round + " (seed " + SEED + ")");
    }
  }

  @Test
  void escapesStringsAsJacksonDoes() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      every.append(c);
    }
    List<String> strings = List.of(
        every.toString(),
        "\"quoted\" and \\backslashed\\ \\\" \\\\",
        "emoji \uD83D\uDE00 pair, lone high \uD800 and lone low \uDC00 and reversed \uDC00\uD800",
        "line separators \u2028 \u2029, next line \u0085, bom \uFEFF, nbsp \u00A0, del \u007F, replacement \uFFFD",
        "slashes / </script> and html <b>&amp;</b> 'apostrophes'",
        "",
        "Oekraïne, ‘enkele’ “dubbele” aanhalingstekens — en ligatuur ﬀ");
    for (String s : strings) {
      assertSameAsJackson(withEverywhere(s), printable(s));
    }
  }

  @Test
  void writesNullsAndEmptiesAsJacksonDoes() {
    Document empty = new Document(null, null, null, null, null, null, null, null, null);
    Pair bare = new Pair(null, 0, List.of(), null, null, null, null, null, List.of(), List.of(), null);
    Enrichment none = new Enrichment(List.of(), null, null, List.of(), List.of());
    assertSameAsJackson(new Enriched(empty, List.of(), List.of(), List.of()), "empty document");
    assertSameAsJackson(new Enriched(null, List.of(), List.of(), List.of()), "null document");
    assertSameAsJackson(
        new Enriched(empty, List.of(new EnrichedPair(bare, none)), List.of(new Unanswered(null, null, null)), List.of(new Issue(null, null, -1))),
        "null fields");
    assertSameAsJackson(
        new Enriched(empty, List.of(new EnrichedPair(bare, null), new EnrichedPair(null, none)), List.of(), List.of()),
        "null halves of an unwrapped pair");
    assertSameAsJackson(new StoredPair(empty, new EnrichedPair(bare, none)), "stored pair");
    assertSameAsJackson(new StoredPair(null, null), "null stored pair");
  }

  @Test
  void writesAStoredPairAsJacksonDoes() throws IOException {
    Enriched enriched = read(Seeds.seed("000"));
    for (EnrichedPair pair : enriched.pairs()) {
      assertSameAsJackson(new StoredPair(enriched.document(), pair), pair.pair().id());
    }
  }

  @Test
  void showsADifferenceFromJackson() {
    // The comparison itself can fail: a pair with a field changed after the fact prints differently.
    Enriched enriched = withEverywhere("x");
    Enriched other = withEverywhere("y");
    assertThat(ContractJson.compact(enriched)).isNotEqualTo(Json.compact(other));
    assertThat(ContractJson.pretty(enriched)).isNotEqualTo(Json.pretty(other));
  }

  // ---- helpers ----

  private static void assertSameAsJackson(Enriched enriched, String what) {
    assertThat(ContractJson.compact(enriched)).as("compact JSON of %s", what).isEqualTo(Json.compact(enriched));
    assertThat(ContractJson.pretty(enriched)).as("pretty JSON of %s", what).isEqualTo(Json.pretty(enriched));
  }

  private static void assertSameAsJackson(StoredPair pair, String what) {
    assertThat(ContractJson.compact(pair)).as("compact JSON of %s", what).isEqualTo(Json.compact(pair));
    assertThat(ContractJson.pretty(pair)).as("pretty JSON of %s", what).isEqualTo(Json.pretty(pair));
  }

  /** A document with the string in every string field of every record, and every list holding it. */
  private static Enriched withEverywhere(String s) {
    Document document = new Document(s, s, s, s, s, s, s, s, s);
    Asker asker = new Asker(s, List.of(s, s), s);
    Location location = new Location(1, 2, 3);
    Pair pair = new Pair(s, 1, List.of(1, 2), s, asker, s, s, s, List.of(3), List.of(s, s), location);
    Enrichment enrichment = new Enrichment(
        List.of(new Reference(s, s, s), new Reference(s, s, null)), AnswerKind.NOT_RESPONSIBLE, s,
        List.of(new Commitment(s, s, s, s)), List.of(s), List.of(s, s));
    return new Enriched(
        document, List.of(new EnrichedPair(pair, enrichment), new EnrichedPair(pair, enrichment)),
        List.of(new Unanswered(asker, s, new Location(4, 5, null))), List.of(new Issue(s, s, 7), Issue.warning(s, 0)));
  }

  private static Enriched read(Path file) {
    Extraction extraction = Extraction.of(file);
    assertThat(extraction).as("reading %s", file).isInstanceOf(Extraction.Read.class);
    return Enricher.enrich(Parser.parse(((Extraction.Read) extraction).extracted()));
  }

  private static List<Path> sorted(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(ContractJsonTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As MangledInputTest damages seeds, plus characters that need escaping or are unusual in JSON. */
  private static List<String> mangle(List<String> seed, Random random) {
    int kind = random.nextInt(Mangling.KINDS + 1);
    if (kind < Mangling.KINDS) {
      return Mangling.lines(seed, random, kind);
    }
    List<String> lines = new ArrayList<>(seed);
    String odd = "\"\\/\t\b\f\u0000\u0001\u001F\u007F\u2028\u2029\uD83D\uDE00\uD800\uDC00\u00E9\uFB00";
    for (int i = lines.size() / 3; i > 0; i--) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      int where = random.nextInt(line.length() + 1);
      lines.set(at, line.substring(0, where) + odd.charAt(random.nextInt(odd.length())) + line.substring(where));
    }
    return lines;
  }

  private static Extracted extracted(List<String> lines) {
    List<Line> numbered = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      numbered.add(new Line(lines.get(i), i + 1, i / 50 + 1));
    }
    return new Extracted("mangled.txt", "0000000000000000", Format.TEXT, numbered, List.of(), List.of());
  }

  private static String printable(String s) {
    return Arrays.toString(s.chars().toArray());
  }
}
