package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vraagbaak.extract.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers to a debate as a Word table whose cells extraction put on lines of their own, without labels. */
class DebateTableLayoutTest {

  @TempDir Path dir;

  private ParseResult parse(String text) throws IOException {
    Path file = dir.resolve("tabel.txt");
    Files.writeString(file, text);
    return Parser.parse(((Extraction.Read) Extraction.of(file)).extracted());
  }

  @Test
  void readsRowsWhoseMemberCellNamesTheParty() throws IOException {
    ParseResult result = parse("""
        Betreft Schriftelijke beantwoording vragen begrotingsbehandeling Justitie en Veiligheid 2026
        Nr.
        Vraagsteller
        Vraag
        Antwoord
        1
        Ellian (VVD)
        Hoeveel agenten zijn er in 2025 netto bijgekomen?
        Netto zijn er in 2025 ruim 600 agenten bijgekomen.
        Daarnaast zijn er 1.200 aspiranten in opleiding.
        2
        Van der Werf (D66)
        Wat is de stand van de digitalisering van de rechtspraak?
        Waarom loopt die vertraging op?
        De digitalisering loopt vertraging op door de vervanging van verouderde systemen.
        """);
    assertThat(result.pairs()).extracting(Pair::numbers).containsExactly(java.util.List.of(1), java.util.List.of(2));
    assertThat(result.pairs()).extracting(p -> p.asker().members().getFirst()).containsExactly("Ellian", "Van der Werf");
    assertThat(result.pairs().get(0).answer()).isEqualTo("Netto zijn er in 2025 ruim 600 agenten bijgekomen. Daarnaast zijn er 1.200 aspiranten in opleiding.");
    assertThat(result.pairs().get(1).question()).isEqualTo("Wat is de stand van de digitalisering van de rechtspraak? Waarom loopt die vertraging op?");
  }

  @Test
  void readsRowsWithSurnameAndPartyInCellsOfTheirOwn() throws IOException {
    ParseResult result = parse("""
        Nr.
        Lid
        Fractie
        Vraag
        Antwoord
        1
        Grinwis
        ChristenUnie
        Komt er een regeling voor kleine natuurprojecten?
        Ja, in het voorjaar van 2026.
        2
        Kostić
        PvdD
        Hoe vaak is een slachthuis stilgelegd?
        Vier keer.
        """);
    assertThat(result.pairs()).extracting(p -> p.asker().party()).containsExactly("ChristenUnie", "PvdD");
    assertThat(result.pairs()).extracting(Pair::answer).containsExactly("Ja, in het voorjaar van 2026.", "Vier keer.");
  }

  @Test
  void readsARowWhoseNameCellHoldsInitialsAndARequestWithoutQuestionMark() throws IOException {
    ParseResult result = parse("""
        Nr. Naam Fractie Vraag Antwoord
        1
        Van der Werf
        D66
        Komt er een eigen bijdrage voor de
        wijkverpleging?
        Nee, het kabinet voert die niet in.
        2
        Dijk, J.P.
        SP
        Wordt het eigen risico bevroren?
        Ja, het blijft in 2026 gelijk.
        3
        Tielen
        VVD
        Verzoek om in beeld te brengen hoeveel
        zorgverleners zzp'er zijn.
        Volgens het CBS is dat 12 procent.
        """);
    assertThat(result.pairs()).extracting(p -> p.asker().members().getFirst()).containsExactly("Van der Werf", "Dijk", "Tielen");
    assertThat(result.pairs()).extracting(Pair::numbers).containsExactly(java.util.List.of(1), java.util.List.of(2), java.util.List.of(3));
    assertThat(result.pairs().get(2).answer()).isEqualTo("Volgens het CBS is dat 12 procent.");
  }

  @Test
  void readsRowsWhoseNumberNameAndPartyCellsShareALineOrWhoseNameWrapsInItsCell() throws IOException {
    ParseResult result = parse("""
        Nr. Naam Fractie Vraag Antwoord
        1
        Van der
        Werf
        D66
        Kan de minister
        aangeven hoe het staat
        met de wijkverpleging?
        Voor de wijkverpleging
        is € 10 miljoen beschikbaar.
        2 El Abassi DENK
        Hoeveel praktijken
        hebben een patiëntenstop?
        Dat wordt niet
        landelijk geregistreerd.
        3 Dijk, J.P. SP
        Wordt het eigen risico
        bevroren?
        Ja, in 2026.
        4 Eerdmans JA21
        Wat kosten de wachtlijsten
        in de ggz?
        Dat is niet bekend.
        """);
    assertThat(result.pairs()).extracting(p -> p.asker().members().getFirst()).containsExactly("Van der Werf", "El Abassi", "Dijk", "Eerdmans");
    assertThat(result.pairs()).extracting(p -> p.asker().party()).containsExactly("D66", "DENK", "SP", "JA21");
    assertThat(result.pairs()).extracting(Pair::numbers)
        .containsExactly(java.util.List.of(1), java.util.List.of(2), java.util.List.of(3), java.util.List.of(4));
    assertThat(result.pairs().get(2).question()).isEqualTo("Wordt het eigen risico bevroren?");
    assertThat(result.pairs().get(2).answer()).isEqualTo("Ja, in 2026.");
  }
}
