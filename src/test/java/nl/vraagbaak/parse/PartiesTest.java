package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartiesTest {

  @Test
  void mapsEverySpellingOfOnePartyToOneName() {
    assertThat(Parties.canonical("GL-PvdA")).isEqualTo("GroenLinks-PvdA");
    assertThat(Parties.canonical("GroenLinks-PvdA-fractie")).isEqualTo("GroenLinks-PvdA");
    assertThat(Parties.canonical("GroenLinks- en PvdA-fractie")).isEqualTo("GroenLinks-PvdA");
    assertThat(Parties.canonical("CU")).isEqualTo("ChristenUnie");
    assertThat(Parties.canonical("Partij voor de Dieren")).isEqualTo("PvdD");
    assertThat(Parties.canonical("Groep Van Haga")).isEqualTo("Groep Van Haga");
  }

  @Test
  void returnsNullForWhatIsNoParty() {
    assertThat(Parties.canonical("Verenigde Staten")).isNull();
    assertThat(Parties.canonical("")).isNull();
    assertThat(Parties.canonical(null)).isNull();
  }
}
