package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KamerstukReferencesTest {

  @Test
  void findsTheLabeledReferencesOfSeedsAndInventedTextsWithPrecisionAndRecallOfAtLeast098() {
    Score seeds = new Score();
    Map<String, Set<String>> expected = new HashMap<>();
    for (String[] row : Labeled.rows("references-seeds.tsv")) {
      expected.put(row[0] + "." + row[1], new HashSet<>(Labeled.words(row[2])));
    }
    for (String seed : Labeled.seeds()) {
      for (EnrichedPair p : Labeled.seed(seed).pairs()) {
        Set<String> want = expected.getOrDefault(seed + "." + p.pair().ordinal(), Set.of());
        Set<String> found = new HashSet<>(p.enrichment().references().stream().map(Reference::id).toList());
        compare(seeds, want, found, "seed " + seed + " pair " + p.pair().ordinal());
      }
    }
    Score invented = strings("references-invented.tsv");
    Score heldOut = strings("references-heldout.tsv");
    Score all = Score.of(seeds, invented, heldOut);
    System.out.println("Kamerstuk references, seeds:    " + seeds.report("references"));
    System.out.println("Kamerstuk references, invented: " + invented.report("references"));
    System.out.println("Kamerstuk references, held out: " + heldOut.report("references"));
    System.out.println("Kamerstuk references, all:      " + all.report("references"));
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.98);
  }

  private static Score strings(String set) {
    Score score = new Score();
    for (String[] row : Labeled.rows(set)) {
      Set<String> found = new HashSet<>(KamerstukReferences.in(row[0]).stream().map(Reference::id).toList());
      compare(score, new HashSet<>(Labeled.words(row[1])), found, row[0]);
    }
    return score;
  }

  private static void compare(Score score, Set<String> want, Set<String> found, String where) {
    for (String id : want) {
      score.count(true, found.contains(id));
      if (!found.contains(id)) {
        System.out.println("  missed " + id + " in " + where);
      }
    }
    for (String id : found) {
      if (!want.contains(id)) {
        score.count(false, true);
        System.out.println("  wrongly found " + id + " in " + where);
      }
    }
  }

  @Test
  void givesEachKamerstukItsOfficialPublicationUrl() {
    assertThat(KamerstukReferences.in("zie Kamerstuk 36 045, nr. 267"))
        .containsExactly(new Reference("kst-36045-267", "Kamerstuk 36 045, nr. 267", "https://zoek.officielebekendmakingen.nl/kst-36045-267"));
    assertThat(KamerstukReferences.in("Kamerstuk 36600-V-45").getFirst().url())
        .isEqualTo("https://zoek.officielebekendmakingen.nl/kst-36600-V-45");
  }

  @Test
  void namesAMotionByItsMembersWithoutTheCoSigners() {
    assertThat(KamerstukReferences.in("In lijn met de motie Paternotte c.s. heeft het kabinet")).singleElement()
        .satisfies(r -> {
          assertThat(r.id()).isEqualTo("motie-paternotte");
          assertThat(r.text()).isEqualTo("motie Paternotte c.s.");
          assertThat(r.url()).isNull();
        });
  }

  @Test
  void readsAFootnoteMarkerGluedToAMotionAsNoPartOfTheName() {
    assertThat(KamerstukReferences.in("In lijn met motie Van der Werf2 zal er")).extracting(Reference::id).containsExactly("motie-van-der-werf");
  }

  @Test
  void looksInQuestionAnswerAndFootnotes() {
    assertThat(Labeled.pair("000", 19).enrichment().references()).extracting(Reference::id)
        .contains("motie-van-der-werf", "kst-30821-304", "kst-28676-518");
  }
}
