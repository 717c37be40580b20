package nl.vraagbaak.repair;

import static nl.vraagbaak.repair.RepairTexts.pages;
import static nl.vraagbaak.repair.RepairTexts.text;
import static nl.vraagbaak.repair.RepairTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFootnotesTest {

  private final PageFootnotes footnotes = new PageFootnotes();

  @Test
  void takesFootnoteOutOfTheFlowAndMarksWhereItIsReferenced() {
    Repaired repaired =
        footnotes.apply(
            pages(
                List.of(
                    List.of("Het kabinet verwijst naar de brief van Defensie.1 Die brief", "beschrijft de stand van zaken.", "", "1 Kamerstuk 28 676, nr. 396"),
                    List.of("Verder steunt het kabinet het plan."))));
    assertThat(texts(repaired))
        .containsExactly("Het kabinet verwijst naar de brief van Defensie." + Footnote.reference("1") + " Die brief", "beschrijft de stand van zaken.", "",
            "Verder steunt het kabinet het plan.");
    assertThat(repaired.footnotes()).containsExactly(new Footnote("1", "Kamerstuk 28 676, nr. 396", 4));
  }

  @Test
  void marksAReferenceAfterAQuotedTitleThatAsks() {
    Repaired repaired =
        footnotes.apply(
            pages(
                List.of(
                    List.of("Kent u het artikel «Wie betaalt de rekening?»?1", "", "Ja.", "", "1 NRC, 2 maart 2025, «Wie betaalt de rekening?»"),
                    List.of("Verder steunt het kabinet het plan."))));
    assertThat(texts(repaired)).startsWith("Kent u het artikel «Wie betaalt de rekening?»?" + Footnote.reference("1"));
    assertThat(repaired.footnotes()).extracting(Footnote::text).containsExactly("NRC, 2 maart 2025, «Wie betaalt de rekening?»");
  }

  @Test
  void footnoteThatRunsOverLinesIsOneFootnote() {
    Repaired repaired =
        footnotes.apply(
            pages(
                List.of(
                    List.of("Zoals eerder gemeld aan uw Kamer.2", "", "2 Zie de brief over de inzet in de regio, met de", "bijlage over de kosten"),
                    List.of("Het kabinet gaat door."))));
    assertThat(repaired.footnotes()).extracting(Footnote::text).containsExactly("Zie de brief over de inzet in de regio, met de bijlage over de kosten");
    assertThat(texts(repaired)).doesNotContain("bijlage over de kosten");
  }

  @Test
  void referencedFootnotesEndingAPageNeedNoBlankLineBeforeThemAndLeaveThePageNumber() {
    Repaired repaired =
        footnotes.apply(
            pages(
                List.of(
                    List.of("Het fonds blijft beschikbaar.1", "Wat is de stand van zaken?", "1 Kamerstuk 36 180, nr. 67.", "1"),
                    List.of("Antwoord"))));
    assertThat(repaired.footnotes()).extracting(Footnote::text).containsExactly("Kamerstuk 36 180, nr. 67.");
    assertThat(texts(repaired)).containsExactly("Het fonds blijft beschikbaar." + Footnote.reference("1"), "Wat is de stand van zaken?", "1", "Antwoord");
  }

  @Test
  void numberedLineRightAfterTheTextWithinAPageIsText() {
    Repaired in = text("De leden verwijzen naar stap 1.", "2 Welke gevolgen heeft dat?", "Het kabinet antwoordt.", "", "Slot.");
    assertThat(footnotes.apply(in).footnotes()).isEmpty();
  }

  @Test
  void abbreviationInBracketsCarriesAReference() {
    Repaired repaired = footnotes.apply(pages(List.of(List.of("Op grond van de Digital Services Act (DSA)2 moeten platforms dit doen.", "",
        "2 Verordening (EU) 2022/2065."), List.of("Vraag 4"))));
    assertThat(repaired.footnotes()).extracting(Footnote::text).containsExactly("Verordening (EU) 2022/2065.");
    assertThat(texts(repaired).getFirst()).contains("(DSA)" + Footnote.reference("2"));
  }

  @Test
  void numberAfterASpaceIsNoReference() {
    Repaired in = text("Nederland besteedt in 2035 3,5% aan defensie, zie artikel 5.", "", "5 leden stemden tegen.", "", "Slot.");
    Repaired repaired = footnotes.apply(in);
    assertThat(repaired.footnotes()).isEmpty();
    assertThat(texts(repaired)).isEqualTo(texts(in));
  }

  @Test
  void numberedLineWithoutReferenceOrPageEndIsText() {
    Repaired in = text("De leden stellen drie vragen.", "", "1 Hoe staat het met de steun?", "Het kabinet antwoordt.", "", "Slot.");
    assertThat(footnotes.apply(in).footnotes()).isEmpty();
  }

  @Test
  void codesLikeF35AreNoReferences() {
    Repaired in = text("De levering van de F35 en G7 verloopt goed.", "", "35 toestellen zijn besteld.", "", "Slot.");
    assertThat(footnotes.apply(in).footnotes()).isEmpty();
  }

  @Test
  void aListsQuestionEndingAPageWithItsPageColumnsIsNoFootnote() {
    Repaired repaired =
        footnotes.apply(
            pages(
                List.of(
                    List.of("Zie de begroting.", "", "2 Kunt u aangeven hoeveel leraren", "bevoegd zijn? 14", "Antwoord", "In 2024 waren het er"),
                    List.of("meer dan ooit."))));
    assertThat(repaired.footnotes()).isEmpty();
    assertThat(texts(repaired)).contains("2 Kunt u aangeven hoeveel leraren");
  }

  @Test
  void aReferenceGluedToCapitalsMarksAFootnoteFoundAtThePageEnd() {
    Repaired repaired =
        footnotes.apply(
            pages(
                List.of(
                    List.of("Volgens de raming van het CPB1 stijgt de armoede.", "", "1 CPB, Armoede, september 2025"),
                    List.of("Verder steunt het kabinet het plan."))));
    assertThat(repaired.footnotes()).extracting(Footnote::text).containsExactly("CPB, Armoede, september 2025");
    assertThat(texts(repaired)).first().isEqualTo("Volgens de raming van het CPB" + Footnote.reference("1") + " stijgt de armoede.");
  }
}
