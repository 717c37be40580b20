package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitmentsTest {

  @Test
  void findsThePromisesOfTheLabeledSetWithPrecision090AndRecall080AndEveryPrintedDeadlineRight() {
    Score score = new Score();
    List<String> wrongDeadlines = new ArrayList<>();
    int candidates = 0;
    Map<String, String[]> seedLabels = new HashMap<>();
    for (String[] row : Labeled.rows("commitments-seeds.tsv")) {
      seedLabels.put(row[0] + "." + row[1] + "." + row[2], row);
      candidates++;
    }
    for (String seed : Labeled.seeds()) {
      for (EnrichedPair p : Labeled.seed(seed).pairs()) {
        List<String> sentences = Sentences.of(p.pair().answer());
        for (int i = 0; i < sentences.size(); i++) {
          String key = seed + "." + p.pair().ordinal() + "." + i;
          String sentence = sentences.get(i);
          Optional<Commitment> found = p.enrichment().commitments().stream().filter(c -> c.text().equals(sentence)).findFirst();
          String[] label = seedLabels.get(key);
          boolean expected = label != null && label[3].equals("Y");
          score.count(expected, found.isPresent());
          report(key, sentence, expected, found);
          if (expected && found.isPresent()) {
            checkDeadline(key, label[4], found.get(), wrongDeadlines);
          }
        }
      }
    }
    Score invented = new Score();
    Score heldOut = new Score();
    for (String set : List.of("commitments-invented.tsv", "commitments-heldout.tsv")) {
      Score own = set.contains("heldout") ? heldOut : invented;
      for (String[] row : Labeled.rows(set)) {
        candidates++;
        Optional<Commitment> found = Commitments.commitment(row[3], LocalDate.parse(row[0]), "minister van Defensie");
        boolean expected = row[1].equals("Y");
        own.count(expected, found.isPresent());
        report(set, row[3], expected, found);
        if (expected && found.isPresent()) {
          checkDeadline(row[3], row[2], found.get(), wrongDeadlines);
        }
      }
    }
    System.out.println("commitments, seeds:    " + score.report("commitments"));
    System.out.println("commitments, invented: " + invented.report("commitments"));
    System.out.println("commitments, held out: " + heldOut.report("commitments"));
    score = Score.of(score, invented, heldOut);
    System.out.println("commitments (" + candidates + " labeled candidates): " + score.report("commitments"));
    System.out.println("commitment deadlines wrong: " + wrongDeadlines.size() + " " + wrongDeadlines);
    assertThat(candidates).isGreaterThanOrEqualTo(60);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.90);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.80);
    assertThat(wrongDeadlines).isEmpty();
  }

  private static void report(String where, String sentence, boolean expected, Optional<Commitment> found) {
    if (expected != found.isPresent()) {
      System.out.println("  " + (expected ? "missed" : "wrongly found") + " commitment (" + where + "): " + sentence);
    }
  }

  private static void checkDeadline(String where, String expected, Commitment found, List<String> wrong) {
    String want = expected.equals("-") ? null : expected;
    if (!Objects.equals(want, found.deadline())) {
      wrong.add(where + ": expected " + want + ", got " + found.deadline());
    }
  }

  @Test
  void promisesInTheSeedsCarryTheDocumentsResponderAndDeadline() {
    assertThat(Labeled.pair("003", 21).enrichment().commitments()).singleElement().satisfies(c -> {
      assertThat(c.responder()).isEqualTo("minister van Defensie");
      assertThat(c.deadline()).isEqualTo("2026-03-31");
      assertThat(c.condition()).isNull();
    });
  }

  @Test
  void aPromiseByAnotherMemberOfTheGovernmentNamesThatMember() {
    assertThat(Labeled.pair("001", 9).enrichment().commitments()).extracting(Commitment::responder)
        .containsExactly("minister van Defensie", "minister van Buitenlandse Zaken");
    assertThat(Labeled.pair("004", 52).enrichment().commitments()).extracting(Commitment::responder).containsExactly("minister-president");
  }

  @Test
  void aPromiseWithoutADateKeepsItsCondition() {
    Commitment c = Commitments.commitment("Het kabinet zal de Kamer na vaststelling van de Voorjaarsnota informeren over de dekking.",
        LocalDate.of(2026, 3, 9), null).orElseThrow();
    assertThat(c.deadline()).isNull();
    assertThat(c.condition()).isEqualTo("na vaststelling van de Voorjaarsnota");
  }
}
