package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.vraagbaak.parse.Asker;
import nl.vraagbaak.parse.Location;
import nl.vraagbaak.parse.Pair;
import org.junit.jupiter.api.Test;

class AnswerKindsTest {

  @Test
  void classifiesTheLabeledAnswersWithPrecisionOfAtLeast085PerClass() {
    Map<AnswerKind, Score> scores = scores();
    int answers = 0;
    for (String[] row : Labeled.rows("answer-kinds-seeds.tsv")) {
      EnrichedPair p = Labeled.pair(row[0], Integer.parseInt(row[1]));
      count(scores, AnswerKind.of(row[2]), p.enrichment().answerKind(), "seed " + row[0] + " pair " + row[1]);
      answers++;
    }
    Map<AnswerKind, Score> heldOut = scores();
    for (String set : List.of("answer-kinds-invented.tsv", "answer-kinds-heldout.tsv")) {
      for (String[] row : Labeled.rows(set)) {
        Pair pair = new Pair("x.1", 1, List.of(), null, Asker.UNKNOWN, null, row[1], row[2], List.of(), List.of(), new Location(1, 1, null));
        AnswerKind found = AnswerKinds.of(pair).kind();
        count(scores, AnswerKind.of(row[0]), found, set + ": " + row[2]);
        if (set.contains("heldout")) {
          count(heldOut, AnswerKind.of(row[0]), found, null);
        }
        answers++;
      }
    }
    System.out.println("answer kinds, held-out set only:");
    heldOut.forEach((kind, score) -> System.out.println("  " + score.report(kind.label())));
    System.out.println("answer kinds (" + answers + " labeled answers):");
    scores.forEach((kind, score) -> System.out.println("  " + score.report(kind.label())));
    assertThat(answers).isGreaterThanOrEqualTo(150);
    scores.forEach((kind, score) -> assertThat(score.precision()).as("precision of %s", kind.label()).isGreaterThanOrEqualTo(0.85));
  }

  private static Map<AnswerKind, Score> scores() {
    Map<AnswerKind, Score> scores = new EnumMap<>(AnswerKind.class);
    for (AnswerKind kind : AnswerKind.values()) {
      scores.put(kind, new Score());
    }
    return scores;
  }

  private static void count(Map<AnswerKind, Score> scores, AnswerKind expected, AnswerKind found, String where) {
    for (AnswerKind kind : AnswerKind.values()) {
      scores.get(kind).count(kind == expected, kind == found);
    }
    if (expected != found && where != null) {
      System.out.println("  expected " + expected.label() + ", got " + found.label() + ": " + where);
    }
  }

  @Test
  void keepsTheSentenceThatDecided() {
    assertThat(Labeled.pair("000", 29).enrichment().answerKindEvidence()).contains("NAVO-rubricering");
    assertThat(Labeled.pair("000", 39).enrichment().answerKind()).isEqualTo(AnswerKind.REFERRAL);
    assertThat(Labeled.pair("000", 1).enrichment().answerKindEvidence()).isNull();
  }
}
