package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QaLabelsTest {

  @Test
  void readsAdLabelsAsNumberedAnswers() {
    assertThat(QaLabels.of("Ad 1").kind()).isEqualTo(QaLabels.Kind.ANSWER);
    assertThat(QaLabels.of("Ad 2 en 5").numbers()).containsExactly(2, 5);
    assertThat(QaLabels.of("Ad vraag 3:").numbers()).containsExactly(3);
    assertThat(QaLabels.of("Ad 4 Het toezicht ligt bij de provincie.").inline()).isEqualTo("Het toezicht ligt bij de provincie.");
  }

  @Test
  void takesNoNameOrUnnumberedAdForALabel() {
    assertThat(QaLabels.of("Ad Melkert sprak de Kamer toe.")).isNull();
    assertThat(QaLabels.of("Ad")).isNull();
  }

  @Test
  void readsBeantwoordingVraagAsAnAnswerButNotALettersSubject() {
    assertThat(QaLabels.of("Beantwoording vraag 6").numbers()).containsExactly(6);
    assertThat(QaLabels.of("Beantwoording van de vragen 4 en 5").numbers()).containsExactly(4, 5);
    assertThat(QaLabels.of("Beantwoording Kamervragen over netcongestie")).isNull();
    assertThat(QaLabels.of("Beantwoording vragen")).isNull();
  }
}
