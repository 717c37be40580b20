package nl.vraagbaak.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.enrich.AnswerKind;
import nl.vraagbaak.enrich.Commitment;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.enrich.Enrichment;
import nl.vraagbaak.enrich.Reference;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

  static final String VERSION = "test-1";

  static List<Enriched> seeds() throws IOException {
    List<Enriched> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Seeds.dir()).sorted()) {
      for (Path file : files.toList()) {
        seeds.add(withoutReuse(enrich(file))); // the store's own reuse is tested here, not the enricher's within a document
      }
    }
    return seeds;
  }

  static Enriched enrich(Path file) {
    return Enricher.enrich(Parser.parse(((Extraction.Read) Extraction.of(file)).extracted()));
  }

  /** The same document with an enrichment on every pair that uses every field, to prove each is stored. */
  static Enriched withFullEnrichment(Enriched document) {
    List<EnrichedPair> pairs = new ArrayList<>();
    for (EnrichedPair pair : document.pairs()) {
      int n = pair.pair().ordinal();
      Enrichment enrichment = new Enrichment(
          List.of(new Reference("kst-36045-" + n, "Kamerstuk 36 045, nr. " + n, "https://zoek.officielebekendmakingen.nl/kst-36045-" + n),
              new Reference("motie-klaver", "motie Klaver", null)),
          n % 2 == 0 ? AnswerKind.REFERRAL : AnswerKind.DECLINED,
          n % 2 == 0 ? "Zie het antwoord op vraag 1." : null,
          List.of(new Commitment("Ik informeer de Kamer voor de zomer.", "minister van Defensie", "2026-07-03", null),
              new Commitment("Na vaststelling van het plan stuur ik een brief.", null, null, "na vaststelling van het plan")),
          List.of(),
          n > 1 ? List.of(document.document().id() + ".1", document.document().id() + "." + (n - 1)) : List.of());
      pairs.add(new EnrichedPair(pair.pair(), enrichment));
    }
    return new Enriched(document.document(), pairs, document.unanswered(), document.issues());
  }

  @Test
  void returnsEverySeedExactlyAsItWasStored(@TempDir Path dir) throws IOException {
    try (Library library = Library.openForWriting(dir)) {
      for (Enriched seed : seeds()) {
        Stored stored = library.store(seed, VERSION);
        assertThat(library.document(seed.document().id())).contains(stored.document());
        assertThat(withoutReuse(stored.document())).isEqualTo(withoutReuse(seed));
        Enriched full = withFullEnrichment(seed);
        Stored storedFull = library.store(full, VERSION);
        assertThat(library.document(seed.document().id())).contains(storedFull.document());
        assertThat(withoutReuse(storedFull.document())).isEqualTo(withoutReuse(full));
      }
    }
  }

  static Enriched withoutReuse(Enriched document) {
    return new Enriched(document.document(),
        document.pairs().stream().map(p -> new EnrichedPair(p.pair(), p.enrichment().withReusedFrom(List.of()))).toList(),
        document.unanswered(), document.issues());
  }

  @Test
  void refusesASecondWriterNamingTheProcess(@TempDir Path dir) {
    try (Library first = Library.openForWriting(dir)) {
      assertThatThrownBy(() -> Library.openForWriting(dir))
          .isInstanceOf(LibraryInUseException.class)
          .hasMessageContaining("library " + dir + " is in use by process " + ProcessHandle.current().pid());
      try (Library reader = Library.open(dir)) {
        assertThat(reader.documentVersions()).isEqualTo(first.documentVersions()).isEmpty();
      }
    }
    Library.openForWriting(dir).close();
  }

  /** The same document under another id, as if its bytes had changed. */
  static Enriched renamed(Enriched document, String id) {
    List<EnrichedPair> pairs = new ArrayList<>();
    for (EnrichedPair p : document.pairs()) {
      Pair pair = p.pair();
      pairs.add(new EnrichedPair(new Pair(id + "." + pair.ordinal(), pair.ordinal(), pair.numbers(), pair.label(), pair.asker(),
          pair.topic(), pair.question(), pair.answer(), pair.refersTo(), pair.footnotes(), pair.location()), p.enrichment()));
    }
    Document d = document.document();
    return new Enriched(new Document(id, d.source(), d.format(), d.kind(), d.title(), d.date(), d.committee(), d.responder(),
        d.reference()), pairs, document.unanswered(), document.issues());
  }

  @Test
  void numbersEveryStoreWithAGrowingVersion(@TempDir Path dir) throws IOException {
    List<Enriched> seeds = seeds();
    try (Library library = Library.openForWriting(dir)) {
      long a = library.put(seeds.get(0), VERSION);
      long b = library.put(seeds.get(1), VERSION);
      long again = library.put(seeds.get(0), VERSION);
      assertThat(a).isLessThan(b);
      assertThat(b).isLessThan(again);
      assertThat(library.documentVersions()).containsExactly(
          Map.entry(seeds.get(1).document().id(), b), Map.entry(seeds.get(0).document().id(), again));
    }
    try (Library library = Library.openForWriting(dir)) {
      assertThat(library.put(seeds.get(2), VERSION)).isGreaterThan(again(dir, seeds));
    }
  }

  private static long again(Path dir, List<Enriched> seeds) {
    try (Library reader = Library.open(dir)) {
      return reader.documentVersions().get(seeds.get(0).document().id());
    }
  }

  @Test
  void knowsWhichParserVersionStoredADocument(@TempDir Path dir) throws IOException {
    Enriched seed = seeds().get(1);
    try (Library library = Library.openForWriting(dir)) {
      assertThat(library.isCurrent(seed.document().id(), VERSION)).isFalse();
      library.put(seed, VERSION);
      assertThat(library.isCurrent(seed.document().id(), VERSION)).isTrue();
      assertThat(library.isCurrent(seed.document().id(), "test-2")).isFalse();
    }
  }

  @Test
  void replacesAnEarlierVersionOfTheSameDocumentCompletely(@TempDir Path dir) throws IOException {
    Enriched seed = withFullEnrichment(seeds().get(0));
    Enriched shorter = new Enriched(seed.document(), seed.pairs().subList(0, 3), List.of(), List.of());
    try (Library library = Library.openForWriting(dir)) {
      library.put(seed, VERSION);
      library.put(shorter, VERSION);
      assertThat(library.document(seed.document().id())).contains(shorter);
      assertThat(library.pair(seed.pairs().get(3).pair().id())).isEmpty();
      assertThat(library.commitments()).hasSize(3 * 2);
      assertThat(library.stats().pairs()).isEqualTo(3);
    }
  }

  @Test
  void findsPairsByPairIdWithTheirDocument(@TempDir Path dir) throws IOException {
    Enriched seed = withFullEnrichment(seeds().get(3));
    try (Library library = Library.openForWriting(dir)) {
      library.put(seed, VERSION);
      EnrichedPair twentySecond = seed.pairs().get(21);
      assertThat(library.pair(twentySecond.pair().id())).contains(new StoredPair(seed.document(), twentySecond));
      assertThat(library.pair(seed.document().id() + ".999")).isEmpty();
      assertThat(library.document("0000000000000000")).isEmpty();
    }
  }

  @Test
  void marksAnswersRepeatedFromEarlierDocumentsAndEarlierPairs(@TempDir Path dir) throws IOException {
    Enriched original = withoutReuse(seeds().get(0)); // what the library adds, without the enricher's own
    Enriched copy = renamed(original, "c0c0c0c0c0c0c0c0");
    try (Library library = Library.openForWriting(dir)) {
      Stored first = library.store(original, VERSION);
      Stored second = library.store(copy, VERSION);
      for (int i = 0; i < original.pairs().size(); i++) {
        Pair pair = original.pairs().get(i).pair();
        List<String> firstFrom = first.document().pairs().get(i).enrichment().reusedFrom();
        List<String> secondFrom = second.document().pairs().get(i).enrichment().reusedFrom();
        if (pair.answer().length() > Library.REUSE_MIN_ANSWER_LENGTH) {
          assertThat(secondFrom).as("pair %s", pair.id()).startsWith(pair.id()).containsAll(firstFrom);
          assertThat(firstFrom).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(17))).isLessThan(pair.ordinal()));
        } else {
          assertThat(secondFrom).isEmpty();
        }
      }
      // Storing the original again (say, by a newer parser) does not make it reuse its own copy.
      Stored again = library.store(original, VERSION);
      assertThat(again.document()).isEqualTo(first.document());
      String answer = original.pairs().get(0).pair().answer();
      assertThat(library.pairsWithAnswerFingerprint(Enricher.fingerprint(answer)))
          .containsExactly(original.pairs().get(0).pair().id(), copy.pairs().get(0).pair().id());
    }
  }

  @Test
  void marksAnswersRepeatedFromDocumentsStoredBeforeTheLibraryWasOpened(@TempDir Path dir) throws IOException {
    Enriched original = withoutReuse(seeds().get(0));
    try (Library library = Library.openForWriting(dir)) {
      library.store(original, VERSION);
    }
    try (Library library = Library.openForWriting(dir)) {
      Stored copy = library.store(renamed(original, "c0c0c0c0c0c0c0c0"), VERSION);
      for (int i = 0; i < original.pairs().size(); i++) {
        Pair pair = original.pairs().get(i).pair();
        if (pair.answer().length() > Library.REUSE_MIN_ANSWER_LENGTH) {
          assertThat(copy.document().pairs().get(i).enrichment().reusedFrom()).as("pair %s", pair.id()).startsWith(pair.id());
        }
      }
    }
  }

  @Test
  void storesWholeDocumentsAfterAStoreThatFailedHalfway(@TempDir Path dir) throws IOException {
    Enriched seed = withoutReuse(seeds().get(0));
    List<EnrichedPair> twice = new ArrayList<>(seed.pairs());
    twice.addAll(seed.pairs()); // the same pair ids again: the pairs insert fails, with members still batched
    Enriched broken = new Enriched(seed.document(), twice, seed.unanswered(), seed.issues());
    Enriched other = withoutReuse(seeds().get(1));
    try (Library library = Library.openForWriting(dir)) {
      assertThatThrownBy(() -> library.storeAll(List.of(other, broken), VERSION)).isInstanceOf(IllegalStateException.class);
      assertThat(library.documentVersions()).isEmpty();
      library.store(seed, VERSION);
      library.store(other, VERSION);
      assertThat(library.document(seed.document().id()).orElseThrow()).isEqualTo(library.store(seed, VERSION).document());
      assertThat(library.document(other.document().id()).orElseThrow().pairs()).isEqualTo(other.pairs());
      assertCountsAgree(library);
    }
  }

  @Test
  void usesTheFingerprintItIsGiven(@TempDir Path dir) throws IOException {
    Enriched original = withoutReuse(seeds().get(1));
    try (Library library = Library.openForWriting(dir, answer -> "same")) {
      Stored stored = library.store(original, VERSION);
      List<String> earlier = new ArrayList<>();
      for (EnrichedPair pair : stored.document().pairs()) {
        if (pair.pair().answer().length() > Library.REUSE_MIN_ANSWER_LENGTH) {
          assertThat(pair.enrichment().reusedFrom()).isEqualTo(earlier.subList(0, Math.min(earlier.size(), 20)));
          earlier.add(pair.pair().id());
        }
      }
      assertThat(library.pairsWithAnswerFingerprint("same")).isEqualTo(earlier);
    }
  }

  @Test
  void listsThePairsCitingAPaperAndEveryCommitment(@TempDir Path dir) throws IOException {
    Enriched seed = withFullEnrichment(seeds().get(1));
    try (Library library = Library.openForWriting(dir)) {
      library.put(seed, VERSION);
      assertThat(library.citing("kst-36045-3")).extracting(p -> p.pair().pair().ordinal()).containsExactly(3);
      assertThat(library.citing("motie-klaver")).hasSize(seed.pairs().size());
      assertThat(library.citing("kst-1-1")).isEmpty();
      List<StoredCommitment> commitments = library.commitments();
      assertThat(commitments).hasSize(2 * seed.pairs().size());
      StoredCommitment first = commitments.get(0);
      assertThat(first.pairId()).isEqualTo(seed.pairs().get(0).pair().id());
      assertThat(first.documentId()).isEqualTo(seed.document().id());
      assertThat(first.documentDate()).isEqualTo(seed.document().date());
      assertThat(first.commitment()).isEqualTo(seed.pairs().get(0).enrichment().commitments().get(0));
    }
  }

  @Test
  void countsPairsPerPartyResponderYearAndKind(@TempDir Path dir) throws IOException {
    List<Enriched> seeds = seeds();
    Map<String, Long> parties = new TreeMap<>();
    Map<String, Long> kinds = new TreeMap<>();
    Map<String, Long> years = new TreeMap<>();
    long pairs = 0;
    try (Library library = Library.openForWriting(dir)) {
      for (Enriched seed : seeds) {
        library.put(withFullEnrichment(seed), VERSION);
        for (EnrichedPair pair : seed.pairs()) {
          parties.merge(pair.pair().asker().party() == null ? Stats.UNKNOWN : pair.pair().asker().party(), 1L, Long::sum);
          kinds.merge(seed.document().kind(), 1L, Long::sum);
          years.merge(seed.document().date() == null ? Stats.UNKNOWN : seed.document().date().substring(0, 4), 1L, Long::sum);
          pairs++;
        }
      }
      Stats stats = library.stats();
      assertThat(stats.documents()).isEqualTo(5);
      assertThat(stats.pairs()).isEqualTo(pairs).isEqualTo(231);
      assertThat(new TreeMap<>(stats.perParty())).isEqualTo(parties);
      assertThat(new TreeMap<>(stats.perKind())).isEqualTo(kinds);
      assertThat(new TreeMap<>(stats.perYear())).isEqualTo(years);
      assertThat(stats.perResponder().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(pairs);
      assertThat(List.copyOf(stats.perParty().values())).isSortedAccordingTo((a, b) -> Long.compare(b, a));
      long referrals = seeds.stream().flatMap(s -> s.pairs().stream()).filter(p -> p.pair().ordinal() % 2 == 0).count();
      assertThat(stats.perAnswerKind()).containsEntry("referral", referrals).containsEntry("declined", pairs - referrals);
      assertThat(stats.answerKindsPerParty().get("VVD").values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(parties.get("VVD"));
    }
  }

  @Test
  void streamsEveryPairInTheOrderDocumentsWereStored(@TempDir Path dir) throws IOException {
    List<Enriched> seeds = seeds();
    try (Library library = Library.openForWriting(dir)) {
      for (Enriched seed : seeds.reversed()) {
        library.put(seed, VERSION);
      }
      library.put(seeds.get(4), VERSION); // a new version keeps its place
      List<String> pairIds = new ArrayList<>();
      library.forEachPair(pair -> pairIds.add(pair.pair().pair().id()));
      assertThat(pairIds).isEqualTo(seeds.reversed().stream().flatMap(s -> s.pairs().stream()).map(p -> p.pair().id()).toList());
      List<String> documentIds = new ArrayList<>();
      library.forEachDocument(d -> documentIds.add(d.document().id()));
      assertThat(documentIds).isEqualTo(seeds.reversed().stream().map(s -> s.document().id()).toList());
    }
  }

  @Test
  void letsAReaderSeeWhatAWriterCommitted(@TempDir Path dir) throws IOException {
    List<Enriched> seeds = seeds();
    try (Library writer = Library.openForWriting(dir); Library reader = Library.open(dir)) {
      assertThat(reader.stats().documents()).isZero();
      writer.put(seeds.get(0), VERSION);
      assertThat(reader.document(seeds.get(0).document().id())).isPresent();
      assertThatThrownBy(() -> reader.put(seeds.get(1), VERSION))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("opened for reading");
    }
  }

  /** Stats recounted from every stored pair, to compare with the counts the library keeps. */
  static Stats recount(Library library) {
    Map<String, Map<String, Long>> byParty = new TreeMap<>();
    Map<String, Map<String, Long>> byResponder = new TreeMap<>();
    long[] pairs = {0};
    library.forEachPair(p -> {
      String kind = p.pair().enrichment().answerKind().label();
      String party = p.pair().pair().asker().party() == null ? Stats.UNKNOWN : p.pair().pair().asker().party();
      String responder = p.document().responder() == null ? Stats.UNKNOWN : p.document().responder();
      byParty.computeIfAbsent(party, k -> new TreeMap<>()).merge(kind, 1L, Long::sum);
      byResponder.computeIfAbsent(responder, k -> new TreeMap<>()).merge(kind, 1L, Long::sum);
      pairs[0]++;
    });
    return new Stats(0, pairs[0], 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), byResponder, byParty);
  }

  static void assertCountsAgree(Library library) {
    Stats kept = library.stats();
    Stats recounted = recount(library);
    assertThat(kept.pairs()).isEqualTo(recounted.pairs());
    assertThat(new TreeMap<>(kept.answerKindsPerParty())).isEqualTo(recounted.answerKindsPerParty());
    assertThat(new TreeMap<>(kept.answerKindsPerResponder())).isEqualTo(recounted.answerKindsPerResponder());
  }

  @Test
  void keepsItsCountsRightWhileDocumentsAreReplaced(@TempDir Path dir) throws IOException {
    List<Enriched> seeds = seeds();
    Random random = new Random(42);
    try (Library library = Library.openForWriting(dir)) {
      for (int round = 0; round < 12; round++) {
        Enriched seed = seeds.get(random.nextInt(seeds.size()));
        Enriched variant = switch (random.nextInt(3)) {
          case 0 -> seed;
          case 1 -> withFullEnrichment(seed);
          default -> new Enriched(seed.document(), seed.pairs().subList(0, random.nextInt(seed.pairs().size())), List.of(), List.of());
        };
        library.put(variant, VERSION);
        assertCountsAgree(library);
      }
    }
  }

  @Test
  void migratesALibraryWithoutCountsToOneWithCounts(@TempDir Path dir) throws IOException {
    Path database = dir.resolve(Library.DATABASE_FILE);
    org.flywaydb.core.Flyway.configure().dataSource(Schema.url(database), "", "").locations("classpath:db/migration")
        .target("2").load().migrate();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(Schema.url(database))) {
      c.setAutoCommit(false);
      for (Enriched seed : seeds()) {
        // What a schema-2 library held: the same rows without counts.
        new DocumentWriter(c, Enricher::fingerprint).writeRows(withFullEnrichment(seed), VERSION);
      }
      c.commit();
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    assertThat(Schema.number(database)).isEqualTo(2);
    try (Library library = Library.open(dir)) {
      assertThat(Schema.number(database)).isEqualTo(Schema.CURRENT);
      assertThat(library.stats().pairs()).isEqualTo(231);
      assertCountsAgree(library);
    }
  }

  @Test
  void readersNeverSeeAHalfStoredDocument(@TempDir Path dir) throws Exception {
    Enriched seed = withoutReuse(seeds().get(2));
    Enriched full = withFullEnrichment(seed);
    Enriched shorter = new Enriched(seed.document(), seed.pairs().subList(0, 7), List.of(), List.of());
    List<Enriched> variants = List.of(withoutReuse(full), shorter);
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    try (Library writer = Library.openForWriting(dir); Library reader = Library.open(dir)) {
      writer.put(full, VERSION);
      List<Thread> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        readers.add(Thread.ofPlatform().start(() -> {
          try {
            while (writing.get()) {
              Enriched seen = withoutReuse(reader.document(seed.document().id()).orElseThrow());
              assertThat(variants).contains(seen);
              long pairs = reader.stats().pairs();
              assertThat(pairs).isIn((long) full.pairs().size(), (long) shorter.pairs().size());
              reads.incrementAndGet();
            }
          } catch (Throwable e) {
            failures.add(e);
          }
        }));
      }
      for (int round = 0; round < 40; round++) {
        writer.put(round % 2 == 0 ? shorter : full, VERSION);
      }
      writing.set(false);
      for (Thread thread : readers) {
        thread.join();
      }
    }
    assertThat(failures).isEmpty();
    assertThat(reads.get()).isPositive();
  }
}
