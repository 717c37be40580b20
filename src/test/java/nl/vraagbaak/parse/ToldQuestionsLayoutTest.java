package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vraagbaak.extract.Extracted;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.repair.RepairChain;
import nl.vraagbaak.repair.Repaired;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions told in running text ("Het lid X (PARTY) vroeg …", "De leden van de X-fractie vragen …") and their replies. */
class ToldQuestionsLayoutTest {

  @TempDir Path dir;

  private Extracted extract(String text) throws IOException {
    Path file = dir.resolve("brief.txt");
    Files.writeString(file, text);
    return ((Extraction.Read) Extraction.of(file)).extracted();
  }

  private static Layout chosen(Extracted extracted) {
    Repaired repaired = RepairChain.repair(extracted);
    return Layouts.choose(new Text(repaired.lines(), repaired.footnotes(), extracted.blocks()));
  }

  @Test
  void pairsEachToldQuestionWithTheParagraphsThatReplyUpToTheNextOne() throws IOException {
    Extracted extracted = extract("""
        Geachte voorzitter,

        Hierbij beantwoord ik de vragen die in het debat over de jeugdzorg openbleven.

        Wachtlijsten

        Het lid Dobbe (SP) vroeg hoeveel kinderen langer dan een jaar op jeugdzorg wachten.

        Op 1 oktober wachtten 2.140 kinderen langer dan een jaar. Ik informeer uw Kamer in het voorjaar over de aanpak.

        Het lid Bikker (ChristenUnie) vroeg of gemeenten de reistijd van pleegouders vergoeden.

        Ja. Gemeenten vergoeden de reiskosten.

        Ik heb de VNG gevraagd dit in alle regio's gelijk te regelen.
        """);
    assertThat(chosen(extracted)).isInstanceOf(ToldQuestionsLayout.class);
    ParseResult result = Parser.parse(extracted);
    assertThat(result.pairs()).extracting(p -> p.asker().members().getFirst()).containsExactly("Dobbe", "Bikker");
    assertThat(result.pairs().get(1).answer()).isEqualTo("Ja. Gemeenten vergoeden de reiskosten.\n\nIk heb de VNG gevraagd dit in alle regio's gelijk te regelen.");
    assertThat(result.pairs().get(0).topic()).isEqualTo("Wachtlijsten");
  }

  @Test
  void leavesAnInbrengWhoseMembersQuoteTheGovernmentToTheInbrengLayout() throws IOException {
    Extracted extracted = extract("""
        Vragen en opmerkingen van de leden van de VVD-fractie

        De leden van de VVD-fractie hebben kennisgenomen van de brief.

        Het kabinet stelt in de brief dat de wachttijden dalen.

        Deze leden vragen waarop die conclusie berust.

        Vragen en opmerkingen van de leden van de CDA-fractie

        De leden van de CDA-fractie vragen hoe het staat met de pleegzorg.
        """);
    assertThat(chosen(extracted)).isNotInstanceOf(ToldQuestionsLayout.class);
    assertThat(Parser.parse(extracted).pairs()).isEmpty();
  }

  @Test
  void readsANotaWhoseChaptersAreNumberedAsToldQuestionsNotAsANumberedList() throws IOException {
    Extracted extracted = extract("""
        NOTA NAAR AANLEIDING VAN HET VERSLAG

        1. Algemeen

        De leden van de VVD-fractie vragen waarom voor een puntenstelsel is gekozen.

        De regering kiest voor een puntenstelsel omdat boetes weinig effect hebben.

        2. Doel en aanleiding

        De leden van de SP-fractie vragen hoeveel bestuurders hun rijbewijs kwijtraken.

        Het kabinet verwacht dat het er jaarlijks enkele duizenden zijn.

        3. Uitvoering

        De leden van de CDA-fractie vragen of de RDW de wet kan uitvoeren.

        De regering heeft de RDW om een uitvoeringstoets gevraagd.
        """);
    assertThat(chosen(extracted)).isInstanceOf(ToldQuestionsLayout.class);
    ParseResult result = Parser.parse(extracted);
    assertThat(result.pairs()).extracting(p -> p.asker().party()).containsExactly("VVD", "SP", "CDA");
    assertThat(result.pairs()).extracting(Pair::numbers).allMatch(java.util.List::isEmpty);
  }
}
