package nl.vraagbaak.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PairIndexTest {

  @TempDir static Path dir;
  private PairIndex index;
  private String seed003;
  private String seed000;

  @BeforeAll
  void indexTheSeeds() throws IOException {
    index = SeedLibrary.index(dir.resolve("index"));
    seed003 = SeedLibrary.seed("003").document().id();
    seed000 = SeedLibrary.seed("000").document().id();
  }

  @AfterAll
  void close() {
    index.close();
  }

  private SearchResult search(SearchRequest request) {
    SearchOutcome outcome = index.search(request);
    assertThat(outcome).isInstanceOf(SearchResult.class);
    return (SearchResult) outcome;
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(h -> h.pair().pair().id()).toList();
  }

  @Test
  void findsD66sGreenlandQuestionFirst() {
    SearchResult result = search(SearchRequest.of("Groenland", 10).withParty("D66"));
    assertThat(ids(result).get(0)).isEqualTo(seed003 + ".1");
    assertThat(result.hits()).allSatisfy(h -> assertThat(h.pair().pair().asker().party()).isEqualTo("D66"));
  }

  @Test
  void findsEverySeedPairByADistinctivePhraseOfItsQuestion() {
    Map<String, Long> questionsWith = wordFrequencies();
    for (Enriched document : SeedLibrary.documents()) {
      for (EnrichedPair pair : document.pairs()) {
        String phrase = distinctivePhrase(pair.pair().question(), questionsWith);
        SearchResult result = search(SearchRequest.of(phrase, 10));
        assertThat(ids(result)).as("search for «%s»", phrase).contains(pair.pair().id());
      }
    }
  }

  private static Map<String, Long> wordFrequencies() {
    return SeedLibrary.documents().stream().flatMap(d -> d.pairs().stream())
        .flatMap(p -> java.util.Arrays.stream(words(p.pair().question())).map(String::toLowerCase).distinct())
        .collect(java.util.stream.Collectors.groupingBy(w -> w, java.util.stream.Collectors.counting()));
  }

  private static String[] words(String text) {
    return text.replaceAll("[\"():*?+\\-!^\\[\\]{}~/\\\\,.;]", " ").strip().split("\\s+");
  }

  /** The six consecutive words of the question that the other questions use least: what a user remembers of it. */
  static String distinctivePhrase(String question, Map<String, Long> questionsWith) {
    String[] words = words(question);
    int size = Math.min(6, words.length);
    int best = 0;
    double bestRarity = -1;
    for (int from = 0; from + size <= words.length; from++) {
      double rarity = 0;
      for (int i = from; i < from + size; i++) {
        rarity += 1.0 / questionsWith.getOrDefault(words[i].toLowerCase(), 1L);
      }
      if (rarity > bestRarity) {
        bestRarity = rarity;
        best = from;
      }
    }
    return String.join(" ", List.of(words).subList(best, best + size));
  }

  @Test
  void highlightsMatchesEscapingTheText() {
    SearchResult result = search(SearchRequest.of("Groenland", 3));
    assertThat(result.hits().get(0).highlights().get("question")).contains("<mark>Groenland</mark>");
    assertThat(result.hits()).allSatisfy(h -> assertThat(h.highlights().get("question").replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">"));
  }

  @Test
  void countsFacetsOverAllMatches() {
    SearchResult result = search(SearchRequest.of("NAVO", 2));
    assertThat(result.total()).isGreaterThan(10);
    assertThat(result.hits()).hasSize(2);
    long byParty = result.facets().get("party").values().stream().mapToLong(Long::longValue).sum();
    assertThat(byParty).isEqualTo(result.total());
    assertThat(result.facets().get("kind")).containsKey("schriftelijk-overleg");
  }

  @Test
  void pagesThroughHits() {
    SearchResult first = search(new SearchRequest("Oekraïne", null, null, null, null, null, null, null, 5, 0, null));
    SearchResult second = search(new SearchRequest("Oekraïne", null, null, null, null, null, null, null, 5, 5, null));
    assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    assertThat(second.total()).isEqualTo(first.total());
  }

  @Test
  void sortsByDateNewestFirst() {
    SearchResult result = search(new SearchRequest("Oekraine", null, null, null, null, null, null, null, 200, 0, SearchRequest.Order.DATE));
    List<String> dates = result.hits().stream().map(h -> h.document().date()).filter(d -> d != null).toList();
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void filtersByMemberKindDateCommitteeAndResponder() {
    assertThat(search(new SearchRequest("", null, "Piri", null, null, null, null, null, 50, 0, null)).hits())
        .isNotEmpty().allSatisfy(h -> assertThat(h.pair().pair().asker().members()).contains("Piri"));
    assertThat(search(new SearchRequest("", null, null, "antwoorden-debat", null, null, null, null, 100, 0, null)).hits())
        .isNotEmpty().allSatisfy(h -> assertThat(h.document().kind()).isEqualTo("antwoorden-debat"));
    assertThat(search(new SearchRequest("", null, null, null, "2026-01-01", "2026-12-31", null, null, 300, 0, null)).hits())
        .isNotEmpty().allSatisfy(h -> assertThat(h.document().date()).startsWith("2026"));
    assertThat(search(new SearchRequest("", null, null, null, null, null, "Buitenlandse Zaken", null, 300, 0, null)).hits())
        .isNotEmpty().allSatisfy(h -> assertThat(h.document().committee()).contains("Buitenlandse Zaken"));
    assertThat(search(new SearchRequest("", null, null, null, null, null, null, "minister van Buitenlandse Zaken", 300, 0, null)).hits())
        .isNotEmpty().allSatisfy(h -> assertThat(h.document().responder()).isEqualTo("minister van Buitenlandse Zaken"));
  }

  @Test
  void understandsPhrasesOperatorsAndPrefixes() {
    assertThat(search(SearchRequest.of("\"Hague Defence Investment Plan\"", 10)).total()).isPositive();
    long navo = search(SearchRequest.of("NAVO", 1)).total();
    long navoNotOekraine = search(SearchRequest.of("NAVO NOT Oekraïne", 1)).total();
    assertThat(navoNotOekraine).isPositive().isLessThan(navo);
    assertThat(search(SearchRequest.of("Groenland OR Venezuela", 1)).total())
        .isGreaterThan(search(SearchRequest.of("Groenland", 1)).total());
    assertThat(search(SearchRequest.of("verdedig*", 1)).total()).isPositive();
  }

  @Test
  void findsSynonymsAndCompoundParts() {
    assertThat(search(SearchRequest.of("NATO", 1)).total()).isEqualTo(search(SearchRequest.of("NAVO", 1)).total());
    assertThat(search(SearchRequest.of("\"bruto binnenlands product\"", 50)).total()).isPositive();
    assertThat(ids(search(SearchRequest.of("luchtverdediging", 50)))).contains(seed003 + ".32");
  }

  @Test
  void reportsGarbageQueriesAsBadQueryValues() {
    for (String garbage : List.of("((NAVO", "\"open phrase", "AND", "NAVO AND", "*zoek", "question:")) {
      assertThat(index.search(SearchRequest.of(garbage, 10))).as(garbage).isInstanceOfSatisfying(BadQuery.class,
          bad -> assertThat(bad.message()).contains(garbage).doesNotContain("\n"));
    }
    assertThat(index.search(new SearchRequest("NAVO", null, null, null, "gisteren", null, null, null, 10, 0, null)))
        .isInstanceOfSatisfying(BadQuery.class, bad -> assertThat(bad.message()).contains("--from", "YYYY-MM-DD"));
  }

  @Test
  void keepsOneVersionPerDocumentAndReplacesADocumentWhole(@TempDir Path other) throws IOException {
    try (PairIndex small = PairIndex.openForWriting(other)) {
      Enriched seed = SeedLibrary.seed("001");
      small.put(seed, 1);
      small.put(seed, 2);
      small.commit();
      assertThat(small.versions()).isEqualTo(Map.of(seed.document().id(), 2L));
      assertThat(small.pairCount()).isEqualTo(seed.pairs().size());
      small.delete(seed.document().id());
      small.commit();
      assertThat(small.versions()).isEmpty();
      assertThat(small.pairCount()).isZero();
    }
  }

  @Test
  void concurrentFirstSearchesOfAReaderAllWaitForItsSearcher() throws Exception {
    for (int round = 0; round < 10; round++) {
      try (PairIndex reader = PairIndex.openForReading(dir.resolve("index"))) {
        int threads = 8;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
          List<java.util.concurrent.Future<Long>> totals = new java.util.ArrayList<>();
          for (int t = 0; t < threads; t++) {
            totals.add(pool.submit(() -> {
              start.await();
              return ((SearchResult) reader.search(SearchRequest.of("Groenland", 5))).total();
            }));
          }
          start.countDown();
          for (var total : totals) {
            assertThat(total.get()).as("a search while the first searcher opens, round " + round).isPositive();
          }
        } finally {
          pool.shutdownNow();
        }
      }
    }
  }

  @Test
  void readersSeeAWritersCommitsAndAMissingIndexIsEmpty(@TempDir Path other) throws Exception {
    try (PairIndex reader = PairIndex.openForReading(other.resolve("index"))) {
      assertThat(reader.pairCount()).isZero();
      try (PairIndex writer = PairIndex.openForWriting(other.resolve("index"))) {
        writer.put(SeedLibrary.seed("001"), 1);
        writer.commit();
      }
      Thread.sleep(1100);
      assertThat(reader.pairCount()).isEqualTo(SeedLibrary.seed("001").pairs().size());
    }
  }

  @Test
  void similarToQuestion41FindsQuestion22AndTheOnePointFivePercentNorm() {
    SimilarResult result = index.similarToPair(seed003 + ".41", 10).orElseThrow();
    List<String> similar = result.similar().stream().map(s -> s.pair().pair().id()).toList();
    assertThat(similar).doesNotContain(seed003 + ".41");
    assertThat(similar.subList(0, 3)).contains(seed003 + ".22");
    assertThat(similar.subList(0, 5)).containsAnyOf(seed000 + ".2", seed000 + ".21", seed000 + ".46", seed000 + ".47", seed000 + ".48");
  }

  @Test
  void similarNeverReturnsThePairItself() {
    for (EnrichedPair pair : SeedLibrary.seed("002").pairs()) {
      SimilarResult result = index.similarToPair(pair.pair().id(), 5).orElseThrow();
      assertThat(result.similar()).noneSatisfy(s -> assertThat(s.pair().pair().id()).isEqualTo(pair.pair().id()));
    }
    assertThat(index.similarToPair("0000000000000000.1", 5)).isEmpty();
  }

  @Test
  void similarToATextAndToEveryQuestionOfADocument() {
    SimilarResult text = index.similarToText("Wat is de inzet van het kabinet ten aanzien van Groenland en het Arctisch gebied?", 5);
    assertThat(text.pair()).isNull();
    assertThat(text.similar().stream().map(s -> s.pair().pair().id())).contains(seed003 + ".1");
    Enriched seed = SeedLibrary.seed("004");
    assertThat(index.similarToQuestions(seed, 3)).hasSize(seed.pairs().size() + seed.unanswered().size());
  }
}
