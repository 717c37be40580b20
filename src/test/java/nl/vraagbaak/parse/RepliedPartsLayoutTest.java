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

/** A schriftelijk overleg whose part I holds the factions' questions and part II the replies, faction by faction. */
class RepliedPartsLayoutTest {

  @TempDir Path dir;

  private Extracted extract(String text) throws IOException {
    Path file = dir.resolve("verslag.txt");
    Files.writeString(file, text);
    return ((Extraction.Read) Extraction.of(file)).extracted();
  }

  private static Layout chosen(Extracted extracted) {
    Repaired repaired = RepairChain.repair(extracted);
    return Layouts.choose(new Text(repaired.lines(), repaired.footnotes(), extracted.blocks()));
  }

  private static final String VERSLAG = """
      VERSLAG VAN EEN SCHRIFTELIJK OVERLEG

      Inhoud blz.

      I Vragen en opmerkingen vanuit de fracties 1
      II Reactie van de bewindspersoon 2

      I Vragen en opmerkingen vanuit de fracties

      Vragen en opmerkingen van de leden van de SP-fractie

      De leden van de SP-fractie hebben kennisgenomen van de agenda van de Visserijraad.

      Deze leden vragen hoeveel kotters in 2025 zijn gesaneerd.

      Ook vragen zij of de staatssecretaris een nieuwe saneringsronde overweegt.

      Vragen en opmerkingen van de leden van de CDA-fractie

      Kan de staatssecretaris toelichten welke quota voor schol worden voorgesteld?

      II Reactie van de bewindspersoon

      Reactie op de vragen en opmerkingen van de leden van de SP-fractie

      De leden van de SP-fractie vragen hoeveel kotters zijn gesaneerd.

      In 2025 zijn 41 kotters gesaneerd.

      De leden vragen voorts naar een nieuwe saneringsronde.

      Het kabinet overweegt geen nieuwe ronde. De middelen zijn uitgeput.

      Reactie op de vragen en opmerkingen van de leden van de CDA-fractie

      De leden van de CDA-fractie vragen naar de quota voor schol.

      De Commissie stelt een verlaging van 8 procent voor.
      """;

  @Test
  void pairsEachFactionsQuestionsOfPartOneWithItsRepliesOfPartTwoInOrder() throws IOException {
    Extracted extracted = extract(VERSLAG);
    assertThat(chosen(extracted)).isInstanceOf(RepliedPartsLayout.class);
    ParseResult result = Parser.parse(extracted);
    assertThat(result.pairs()).extracting(p -> p.asker().party()).containsExactly("SP", "SP", "CDA");
    assertThat(result.pairs().get(0).question())
        .isEqualTo("De leden van de SP-fractie hebben kennisgenomen van de agenda van de Visserijraad.\n\n"
            + "Deze leden vragen hoeveel kotters in 2025 zijn gesaneerd.");
    assertThat(result.pairs().get(0).answer()).isEqualTo("In 2025 zijn 41 kotters gesaneerd.");
    assertThat(result.pairs().get(1).answer()).isEqualTo("Het kabinet overweegt geen nieuwe ronde. De middelen zijn uitgeput.");
    assertThat(result.pairs().get(2).question()).startsWith("Kan de staatssecretaris toelichten");
    assertThat(result.unanswered()).isEmpty();
  }

  @Test
  void letsTheRepeatStandInForTheQuestionWhenAFactionsCountsDiffer() throws IOException {
    Extracted extracted = extract(VERSLAG.replace("Ook vragen zij of de staatssecretaris een nieuwe saneringsronde overweegt.",
        "Ook vragen zij of de staatssecretaris een nieuwe saneringsronde overweegt.\n\nWelke vissers komen daarvoor in aanmerking?"));
    ParseResult result = Parser.parse(extracted);
    assertThat(result.unanswered()).hasSize(3); // the SP's three questions of part I
    assertThat(result.pairs()).extracting(Pair::question)
        .startsWith("De leden van de SP-fractie vragen hoeveel kotters zijn gesaneerd.");
  }

  @Test
  void takesTheFactionFromTheRepeatWhenPartTwoHasNoLinePerFaction() throws IOException {
    Extracted extracted = extract(VERSLAG
        .replace("Reactie op de vragen en opmerkingen van de leden van de SP-fractie\n\n", "")
        .replace("Reactie op de vragen en opmerkingen van de leden van de CDA-fractie\n\n", ""));
    ParseResult result = Parser.parse(extracted);
    assertThat(result.pairs()).extracting(p -> p.asker().party()).containsExactly("SP", "SP", "CDA");
    assertThat(result.pairs().get(2).answer()).isEqualTo("De Commissie stelt een verlaging van 8 procent voor.");
  }
}
