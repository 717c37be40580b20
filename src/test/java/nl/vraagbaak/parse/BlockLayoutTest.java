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

/** The officielebekendmakingen XML of Kamervragen is read from its {@code <vraag>} and {@code <antwoord>} elements. */
class BlockLayoutTest {

  private static Extracted extract(Path file) {
    return ((Extraction.Read) Extraction.of(file)).extracted();
  }

  private static Layout chosen(Extracted extracted) {
    Repaired repaired = RepairChain.repair(extracted);
    return Layouts.choose(new Text(repaired.lines(), repaired.footnotes(), extracted.blocks()));
  }

  @Test
  void readsTheAanhangselFromItsElementsNotFromItsFlattenedText() {
    Extracted extracted = extract(LayoutFixturesTest.fixtures().resolve("kamervragen-aanhangsel.xml"));
    assertThat(chosen(extracted)).isInstanceOf(BlockLayout.class);
    ParseResult result = Parser.parse(extracted);
    assertThat(result.pairs()).extracting(Pair::numbers).containsExactly(java.util.List.of(1), java.util.List.of(2, 3), java.util.List.of(4));
    Pair both = result.pairs().get(1);
    // each <al> stays a paragraph, and each list item too
    assertThat(both.answer()).contains("het langst.\n\nIn delen van Utrecht").contains(":\n\n– nieuwbouwwijken");
    assertThat(both.question()).startsWith("Hoeveel bedrijven").contains("\n\nKlopt het dat");
    assertThat(result.pairs().get(0).footnotes()).containsExactly("Het Financieele Dagblad, 30 januari 2026.");
    assertThat(result.pairs().get(0).question()).endsWith("netaansluiting»?");
  }

  @Test
  void readsTheOfficialHtmlFromItsQuestionAndAnswerElementsWithoutTheSiteAroundIt() {
    Extracted extracted = extract(LayoutFixturesTest.fixtures().resolve("kamervragen-officielebekendmakingen.html"));
    assertThat(chosen(extracted)).isInstanceOf(BlockLayout.class);
    ParseResult result = Parser.parse(extracted);
    assertThat(result.pairs()).extracting(Pair::numbers).containsExactly(java.util.List.of(1), java.util.List.of(2, 3));
    assertThat(result.pairs().get(0).footnotes()).containsExactly("RTL Nieuws, 10 januari 2026.");
    assertThat(result.pairs().get(0).question()).endsWith("nieuw systeem»?");
    assertThat(result.pairs().get(1).answer()).endsWith("via de BelastingTelefoon.").doesNotContain("Privacy").doesNotContain("Rijksoverheid");
  }

  @Test
  void pairsQuestionsAndAnswersWithoutNumbersInTheOrderPrinted(@TempDir Path dir) throws IOException {
    // no <nr>: the flattened text carries no "Vraag"/"Antwoord" label at all, only the elements say who speaks
    Path xml = dir.resolve("vragen.xml");
    Files.writeString(xml, """
        <?xml version="1.0" encoding="UTF-8"?>
        <officiele-publicatie><aanhangsel><kamervragen>
          <kamervraagomschrijving>Vragen van het lid Bikker (ChristenUnie) aan de minister van Justitie en Veiligheid over gokreclame (ingezonden 5 januari 2026).</kamervraagomschrijving>
          <vraag><al>Hoeveel meldingen van illegale gokreclame ontving de Kansspelautoriteit in 2025?</al></vraag>
          <vraag><al>Welke boetes zijn daarvoor opgelegd?</al></vraag>
          <kamervraagopmerking><al>Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 26 januari 2026)</al></kamervraagopmerking>
          <antwoord><al>De Kansspelautoriteit ontving in 2025 ruim 900 meldingen.</al></antwoord>
          <antwoord><al>Er zijn vier boetes opgelegd, in totaal 2,4 miljoen euro.</al></antwoord>
        </kamervragen></aanhangsel></officiele-publicatie>
        """);
    ParseResult result = Parser.parse(extract(xml));
    assertThat(result.pairs()).hasSize(2);
    assertThat(result.pairs().get(0).question()).startsWith("Hoeveel meldingen");
    assertThat(result.pairs().get(0).answer()).isEqualTo("De Kansspelautoriteit ontving in 2025 ruim 900 meldingen.");
    assertThat(result.pairs().get(1).answer()).startsWith("Er zijn vier boetes");
    assertThat(result.pairs().get(1).asker().members()).containsExactly("Bikker");
    assertThat(result.pairs().get(1).asker().party()).isEqualTo("ChristenUnie");
    assertThat(result.document().date()).isEqualTo("2026-01-26");
  }

  @Test
  void keepsAQuestionWithoutAnswerAsUnanswered(@TempDir Path dir) throws IOException {
    Path xml = dir.resolve("half.xml");
    Files.writeString(xml, """
        <kamervragen>
          <vraag><nr>Vraag 1</nr><al>Kent u het bericht?</al></vraag>
          <vraag><nr>Vraag 2</nr><al>Wat gaat u doen?</al></vraag>
          <antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord>
        </kamervragen>
        """);
    ParseResult result = Parser.parse(extract(xml));
    assertThat(result.pairs()).extracting(Pair::answer).containsExactly("Ja.");
    assertThat(result.unanswered()).extracting(Unanswered::question).containsExactly("Wat gaat u doen?");
  }

  @TempDir Path dir;

  @Test
  void readsAnHtmlTableWithVraagAndAntwoordColumnsAsBlocksNumberedByItsNumberColumn() throws IOException {
    Path page = Files.writeString(dir.resolve("tabel.html"), """
        <html><body><p>De minister beantwoordt vragen van het Tweede Kamerlid Jansen (SP) over bibliotheken.</p>
        <table><tr><th>Nr.</th><th>Vraag</th><th>Antwoord</th></tr>
        <tr><td>1</td><td>Hoeveel bibliotheken sloten in 2025?</td><td>In 2025 sloten twaalf vestigingen.</td></tr>
        <tr><td>2</td><td>Wat doet u daaraan?</td><td><p>Ik stel geld beschikbaar.</p><p>Gemeenten krijgen een bijdrage.</p></td></tr>
        </table></body></html>
        """);
    Extracted extracted = extract(page);
    assertThat(chosen(extracted)).isInstanceOf(BlockLayout.class);
    ParseResult result = Parser.parse(extracted);
    assertThat(result.pairs()).extracting(Pair::numbers).containsExactly(java.util.List.of(1), java.util.List.of(2));
    assertThat(result.pairs()).allMatch(p -> "SP".equals(p.asker().party()));
    assertThat(result.pairs().get(1).question()).isEqualTo("Wat doet u daaraan?");
    assertThat(result.pairs().get(1).answer()).isEqualTo("Ik stel geld beschikbaar.\n\nGemeenten krijgen een bijdrage.");
  }

  @Test
  void leavesATableWithAMemberColumnToTheLayoutsThatReadIt() throws IOException {
    Path page = Files.writeString(dir.resolve("debat.html"), """
        <html><body><table><tr><th>Lid</th><th>Vraag</th><th>Antwoord</th></tr>
        <tr><td>Jansen (SP)</td><td>Hoeveel bibliotheken sloten in 2025?</td><td>Twaalf.</td></tr>
        <tr><td>Pietersen (VVD)</td><td>Wat doet u daaraan?</td><td>Ik stel geld beschikbaar.</td></tr>
        </table></body></html>
        """);
    assertThat(extract(page).blocks()).isEmpty();
  }
}
