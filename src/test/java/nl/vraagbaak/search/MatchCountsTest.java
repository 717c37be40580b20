package nl.vraagbaak.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Totals and facet counts on a synthetic library of 4,000 pairs: exact when few, estimated from a sample when many. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchCountsTest {

  private static final Query ALL_PAIRS = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAIR));
  private static final int DOCUMENTS = 100;

  @TempDir static Path dir;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  @BeforeAll
  void indexASyntheticLibrary() throws IOException {
    SyntheticLibrary synthetic = new SyntheticLibrary(SeedLibrary.documents());
    try (PairIndex index = PairIndex.openForWriting(dir)) {
      for (int n = 0; n < DOCUMENTS; n++) {
        index.put(synthetic.document(n), 1);
        if (n % 25 == 24) {
          index.commit(); // several segments, as a library that grew
        }
      }
    }
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  void close() throws IOException {
    reader.close();
  }

  @Test
  void countsEveryMatchExactlyUpToTheLimit() throws IOException {
    MatchCounts.Counted counted = MatchCounts.of(searcher, ALL_PAIRS, 0, 1_000_000);
    assertThat(counted.estimated()).isFalse();
    assertThat(counted.total()).isEqualTo(DOCUMENTS * SyntheticLibrary.PAIRS_PER_DOCUMENT);
    assertThat(counted.facets().get(Fields.YEAR).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(counted.total());
  }

  @Test
  void estimatesManyMatchesFromAnEvenSampleAndSaysSo() throws IOException {
    MatchCounts.Counted exact = MatchCounts.of(searcher, ALL_PAIRS, 0, 1_000_000);
    MatchCounts.Counted sampled = MatchCounts.of(searcher, ALL_PAIRS, 0, 800);
    assertThat(sampled.estimated()).isTrue();
    assertThat((double) sampled.total()).isCloseTo(exact.total(), within(exact.total() * 0.1));
    // the largest values of every dimension come out near their real counts, none invented
    for (String dimension : Fields.FACETS) {
      Map<String, Long> real = exact.facets().get(dimension);
      Map<String, Long> estimated = sampled.facets().get(dimension);
      assertThat(real.keySet()).containsAll(estimated.keySet());
      String largest = real.keySet().iterator().next();
      assertThat((double) estimated.getOrDefault(largest, 0L)).as(dimension + " " + largest)
          .isCloseTo(real.get(largest), within(real.get(largest) * 0.35));
    }
  }

  @Test
  void anEstimateNeverFallsBelowWhatIsKnownToMatch() throws IOException {
    assertThat(MatchCounts.of(searcher, ALL_PAIRS, 10_000, 800).total()).isEqualTo(10_000);
  }

  @Test
  void roundsEstimatesToThreeDigits() {
    assertThat(MatchCounts.roughly(756_186)).isEqualTo(756_000);
    assertThat(MatchCounts.roughly(29_649)).isEqualTo(29_600);
    assertThat(MatchCounts.roughly(999)).isEqualTo(999);
  }

  @Test
  void firstPassHandsOverEveryMatchWhenThereAreFewerThanItsThreshold() throws IOException {
    Query rare = new TermQuery(new Term(Fields.DOC, String.format("%016x", 0x5000_0000_0000_0000L + 7)));
    FirstMatches.Found found = searcher.search(rare, new FirstMatches<>(new TopScoreDocCollectorManager(10, 100), 100));
    assertThat(found.all()).hasSize(searcher.count(rare));
    assertThat(MatchCounts.of(searcher, found.all()).total()).isEqualTo(searcher.count(rare));

    FirstMatches.Found many = searcher.search(ALL_PAIRS, new FirstMatches<>(new TopScoreDocCollectorManager(10, 100), 100));
    assertThat(many.all()).isNull();
    assertThat(many.top().scoreDocs).hasSize(10);
  }
}
