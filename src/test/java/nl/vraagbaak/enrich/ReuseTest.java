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
}
