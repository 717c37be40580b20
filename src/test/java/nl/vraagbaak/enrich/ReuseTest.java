package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseTest {

  @Test
  void fingerprintIgnoresCaseAccentsPunctuationAndTheNumbersOfQuestionsPointedTo() {
    assertThat(Enricher.fingerprint("Zie het antwoord op vraag 12. Oekraïne krijgt steun!"))
        .isEqualTo(Enricher.fingerprint("zie het antwoord op vraag 7 —  oekraine krijgt steun"));
    assertThat(Enricher.fingerprint("Nederland levert EUR 3,5 miljard")).isNotEqualTo(Enricher.fingerprint("Nederland levert EUR 2 miljard"));
  }

  @Test
  void anAnswerRepeatedWithinADocumentPointsToTheEarlierOnes() {
    String docId = Labeled.seed("004").document().id();
    assertThat(Labeled.pair("004", 46).enrichment().reusedFrom()).containsExactly(docId + ".3", docId + ".38");
    assertThat(Labeled.pair("004", 3).enrichment().reusedFrom()).isEmpty();
  }

  @Test
  void shortAnswersAndReferralsAreNeverReused() {
    String answer = "Het kabinet deelt deze zorgen en spreekt Turkije hierop aan, bilateraal en in EU-verband, bij elke gelegenheid.";
    assertThat(Reuse.within(List.of("Ja.", "Ja.", answer, answer))).containsExactly(List.of(), List.of(), List.of(), List.of(2));
    assertThat(Labeled.pair("003", 18).enrichment().reusedFrom()).isEmpty();
  }

  @Test
  void fingerprintIsTheFoldedTextsLettersAndDigitsWithoutTheNumbersOfQuestionsPointedTo() {
    String[] pieces = {"Vraag", " ", "vragen ", "12", "3a", " en ", " t/m ", "antwoord ", "Antwoorden ", "Oekraïne", "İ", "ΟΔΟΣ", "ǅ", "ﬁ",
        "\uD801\uDC00", "—", "\u00a0", "\n", "ß", "Å", "-", ".", "ế", "١٢"};
    java.util.Random random = new java.util.Random(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(Reuse.fingerprint(text.toString())).as(text.toString()).isEqualTo(definition(text.toString()));
    }
  }

  /** Folded, letters and digits only with single spaces, question numbers of "vraag 12 en 13" left out. */
  private static String definition(String text) {
    StringBuilder print = new StringBuilder();
    for (char c : Words.fold(text).toCharArray()) {
      print.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    String words = print.toString().strip().replaceAll(" +", " ");
    return words.replaceAll("\\b(vraag|vragen|antwoord|antwoorden)(?: \\d+[a-z]?(?: en| t m)?)+", "$1");
  }
}
