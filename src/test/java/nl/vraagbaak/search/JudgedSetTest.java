package nl.vraagbaak.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vraagbaak.enrich.Enriched;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Ranking quality on the judged set of the seeds; floors a little under what is measured, so a regression fails. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JudgedSetTest {

  @TempDir static Path dir;
  private PairIndex index;
  private List<Judged.Judgement> judgements;

  @BeforeAll
  void setUp() throws IOException {
    index = SeedLibrary.index(dir.resolve("index"));
    try (InputStream json = getClass().getResourceAsStream("/search/judged.json")) {
      judgements = Judged.read(json);
    }
  }

  @AfterAll
  void close() {
    index.close();
  }

  @Test
  void holdsAtLeastFortyJudgementsOfPairsThatExist() {
    Set<String> ids = SeedLibrary.documents().stream().flatMap(d -> d.pairs().stream()).map(p -> p.pair().id()).collect(Collectors.toSet());
    assertThat(judgements).hasSizeGreaterThanOrEqualTo(40);
    assertThat(judgements).allSatisfy(j -> {
      assertThat(ids).contains(j.query());
      assertThat(ids).containsAll(j.relevant());
      assertThat(j.relevant()).doesNotContain(j.query());
    });
  }

  @Test
  void similarRanksJudgedPairsHigh() {
    Judged.Scores scores = Judged.score(judgements, Judged.similar(index, 20));
    System.out.println("similar: " + scores);
    assertThat(scores.recallAt5()).isGreaterThanOrEqualTo(0.75);
    assertThat(scores.mrr()).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void searchWithTheQuestionAsQueryRanksJudgedPairsHigh() {
    Judged.Scores scores = Judged.score(judgements, Judged.search(index, 20));
    System.out.println("search: " + scores);
    assertThat(scores.recallAt5()).isGreaterThanOrEqualTo(0.72);
    assertThat(scores.mrr()).isGreaterThanOrEqualTo(0.70);
  }

  @Test
  void similarRanksAtLeastAsWellAsSqliteFts5(@TempDir Path other) throws Exception {
    try (Fts5Baseline fts = new Fts5Baseline(other.resolve("fts.sqlite"))) {
      for (Enriched document : SeedLibrary.documents()) {
        for (var pair : document.pairs()) {
          fts.add(pair.pair().id(), pair.pair().question(), pair.pair().answer());
        }
      }
      fts.commit();
      Judged.Scores scores = Judged.score(judgements, id -> {
        try {
          return fts.search(index.pair(id).orElseThrow().pair().pair().question(), id, 20);
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      System.out.println("fts5: " + scores);
      assertThat(scores.queries()).isEqualTo(judgements.size());
      Judged.Scores similar = Judged.score(judgements, Judged.similar(index, 20));
      assertThat(similar.recallAt5()).isGreaterThanOrEqualTo(scores.recallAt5());
      assertThat(similar.mrr()).isGreaterThanOrEqualTo(scores.mrr());
    }
  }
}
