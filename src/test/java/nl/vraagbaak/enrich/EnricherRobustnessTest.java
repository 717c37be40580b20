package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.vraagbaak.parse.Asker;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Location;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.ParseResult;
import org.junit.jupiter.api.Test;

/** Enrichment of damaged and hostile text, from a fixed seed so a failure can be replayed: it never throws or hangs. */
class EnricherRobustnessTest {

  private static final long SEED = 20261123L;

  private static final Document LETTER =
      new Document("0123456789abcdef", "x.txt", "txt", "onbekend", null, "2026-02-10", null, "minister van Defensie", null);

  @Test
  void neverThrowsOnShuffledAndSplicedSeedAnswers() {
    List<String> words = new ArrayList<>();
    for (String seed : Labeled.seeds()) {
      Labeled.seed(seed).pairs().forEach(p -> words.addAll(Arrays.asList(p.pair().answer().split(" "))));
    }
    Random random = new Random(SEED);
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      for (int round = 0; round < 300; round++) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 1; i <= 1 + random.nextInt(30); i++) {
          pairs.add(pair(i, text(words, random, 60), text(words, random, 300), random));
        }
        Enriched enriched = Enricher.enrich(new ParseResult(LETTER, pairs, List.of(), List.of()));
        assertThat(enriched.pairs()).hasSameSizeAs(pairs).allSatisfy(p -> assertThat(p.enrichment().answerKind()).isNotNull());
      }
    });
  }

  @Test
  void neverHangsOnLongTextsMadeOfTheWordsThePatternsLookFor() {
    String[] bait = {"motie", "Motie", "Van", "der", "nr.", "36 045,", "Kamerstuk", "kst-", "Handelingen", "II", "2023/24,",
        "Aanhangsel", "zal", "uw", "Kamer", "informeren", "voor", "de", "zomer", "zie", "antwoord", "op", "vraag", "12",
        "van", "het", "lid", "https://zoek.officielebekendmakingen.nl/", "na", "vaststelling", "eind", "maart", "?", "c.s.", "-"};
    Random random = new Random(SEED + 1);
    StringBuilder text = new StringBuilder();
    while (text.length() < 200_000) {
      text.append(bait[random.nextInt(bait.length)]).append(random.nextInt(8) == 0 ? "" : " ");
    }
    String huge = text.toString();
    assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
      Enriched enriched = Enricher.enrich(new ParseResult(LETTER, List.of(pair(1, huge, huge, random), pair(2, "?", huge, random)), List.of(), List.of()));
      assertThat(enriched.pairs()).hasSize(2);
    });
  }

  @Test
  void acceptsPairsWithoutTextOrAsker() {
    Pair empty = new Pair("0123456789abcdef.1", 1, List.of(3), null, null, null, null, null, List.of(7), List.of(), new Location(1, 1, null));
    Enriched enriched = Enricher.enrich(new ParseResult(LETTER, List.of(empty), List.of(), List.of()));
    assertThat(enriched.pairs().getFirst().enrichment().answerKind()).isEqualTo(AnswerKind.ANSWERED);
    assertThat(enriched.issues()).extracting(nl.vraagbaak.extract.Issue::message).anyMatch(m -> m.contains("question 7, which does not exist"));
  }

  private static String text(List<String> words, Random random, int maxWords) {
    List<String> chosen = new ArrayList<>();
    for (int i = random.nextInt(maxWords); i > 0; i--) {
      chosen.add(words.get(random.nextInt(words.size())));
    }
    if (random.nextBoolean()) {
      Collections.shuffle(chosen, random);
    }
    return String.join(random.nextInt(5) == 0 ? "\n\n" : " ", chosen);
  }

  private static Pair pair(int number, String question, String answer, Random random) {
    List<Integer> refersTo = random.nextInt(4) == 0 ? List.of(random.nextInt(40)) : List.of();
    Asker asker = random.nextBoolean() ? Asker.UNKNOWN : new Asker("D66", List.of("Van der Werf"), "het lid Van der Werf (D66)");
    return new Pair(LETTER.id() + "." + number, number, List.of(number), null, asker, null, question, answer, refersTo, List.of(),
        new Location(number, number, null));
  }
}
