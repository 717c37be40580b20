package nl.vraagbaak.repair;

import static nl.vraagbaak.repair.RepairTexts.sourceLines;
import static nl.vraagbaak.repair.RepairTexts.text;
import static nl.vraagbaak.repair.RepairTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

class HyphenationTest {

  /** A small dictionary, so that each test says which words are known. */
  private final Hyphenation hyphenation =
      new Hyphenation(() -> Words.of("verdediging", "lidstaten", "uitgaven", "defensie", "regelgeving", "samenwerking"));

  @Test
  void rejoinsWordSplitAcrossLines() {
    Repaired repaired = hyphenation.apply(text("de lucht verde-", "diging is op orde"));
    assertThat(texts(repaired)).containsExactly("de lucht verdediging", "is op orde");
  }

  @Test
  void movedWordStaysOnTheLineWhereItStartedAndLinesKeepTheirSource() {
    Repaired repaired = hyphenation.apply(text("eerste regel", "de verde-", "diging is op orde"));
    assertThat(sourceLines(repaired)).containsExactly(1, 2, 3);
  }

  @Test
  void lineLeftEmptyByTheJoinGoes() {
    Repaired repaired = hyphenation.apply(text("de verde-", "diging", "volgt"));
    assertThat(texts(repaired)).containsExactly("de verdediging", "volgt");
    assertThat(sourceLines(repaired)).containsExactly(1, 3);
  }

  @Test
  void keepsHyphenAfterAnAbbreviation() {
    Repaired repaired = hyphenation.apply(text("alle EU-", "lidstaten doen mee"));
    assertThat(texts(repaired)).containsExactly("alle EU-lidstaten", "doen mee");
  }

  @Test
  void keepsHyphenBetweenVowelsThatWouldMerge() {
    assertThat(texts(hyphenation.apply(text("de defensie-", "uitgaven stijgen")))).containsExactly("de defensie-uitgaven", "stijgen");
  }

  @Test
  void keepsHyphenBeforeAConjunction() {
    assertThat(texts(hyphenation.apply(text("wet-", "en regelgeving")))).containsExactly("wet- en", "regelgeving");
  }

  @Test
  void keepsHyphenAfterAHeadThatDutchWritesWithOne() {
    assertThat(texts(hyphenation.apply(text("de niet-", "militaire steun")))).containsExactly("de niet-militaire", "steun");
  }

  @Test
  void softHyphenJoinsAtLineEndAndGoesElsewhere() {
    Repaired repaired = hyphenation.apply(text("samen\u00ADwer\u00AD", "king en ver\u00ADdediging"));
    assertThat(texts(repaired)).containsExactly("samenwerking", "en verdediging");
  }

  @Test
  void leavesLinesWithoutSplitAlone() {
    Repaired in = text("Het kabinet steunt Oekraïne.", "Ook in 2026.");
    assertThat(hyphenation.apply(in)).isSameAs(in);
  }

  @Test
  void rejoinsWithTheSystemDutchDictionary() {
    assumeFalse(Words.dutch().isEmpty(), "hunspell-nl is not installed");
    Hyphenation withHunspell = new Hyphenation();
    assertThat(texts(withHunspell.apply(text("de verde-", "diging en de EU-", "lidstaten")))).containsExactly("de verdediging", "en de EU-lidstaten");
  }

  @Test
  void joinsAWordThatMerelyStartsLikeAHyphenHead() {
    Hyphenation known = new Hyphenation(() -> Words.of("procent", "pro", "cent"));
    assertThat(texts(known.apply(text("4,6 pro-", "cent in 2026")))).containsExactly("4,6 procent", "in 2026");
  }
}
