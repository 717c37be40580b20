package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerTest {

  @Test
  void hearsTheMembersInTheirOwnWords() {
    assertThat(Speaker.score("De leden van de CDA-fractie lezen met waardering dat het kabinet inzet op eenheid.")).isPositive();
    assertThat(Speaker.score("Daarnaast zijn de leden van de VVD-fractie benieuwd welke rol de OVSE speelt.")).isPositive();
    assertThat(Speaker.score("Kan de minister toezeggen dat de Kamer voor de zomer wordt geïnformeerd?")).isPositive();
  }

  @Test
  void hearsTheGovernmentInItsOwnWords() {
    assertThat(Speaker.score("Het kabinet zet zich in voor een snel akkoord over het budget.")).isNegative();
    assertThat(Speaker.score("Nederland heeft dit punt in de Raad opgebracht en zal dat blijven doen; uw Kamer wordt geïnformeerd.")).isNegative();
  }

  @Test
  void explainsWhichCuesDecided() {
    assertThat(Speaker.explain("Deze leden vragen of de minister dit deelt?")).contains("members' opening", "question mark");
    assertThat(Speaker.explain("Het kabinet heeft dit besproken.")).contains("government opening");
  }
}
