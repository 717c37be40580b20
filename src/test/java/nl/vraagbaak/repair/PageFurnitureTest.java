package nl.vraagbaak.repair;

import static nl.vraagbaak.repair.RepairTexts.pages;
import static nl.vraagbaak.repair.RepairTexts.sourceLines;
import static nl.vraagbaak.repair.RepairTexts.text;
import static nl.vraagbaak.repair.RepairTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

  private final PageFurniture furniture = new PageFurniture();

  private static final String[] ANSWERS = {"Dat klopt.", "Nederland en Duitsland.", "Naar behoefte.", "Dat is nog onbekend.", "Voor de zomer."};

  @Test
  void dropsTheKamerstukFooterWhereverItStands() {
    Repaired repaired = furniture.apply(text("Het kabinet steunt dit.", "Tweede Kamer, vergaderjaar 2021–2022, 28 676, nr. 396 28", "Verder."));
    assertThat(texts(repaired)).containsExactly("Het kabinet steunt dit.", "Verder.");
    assertThat(sourceLines(repaired)).containsExactly(1, 3);
  }

  @Test
  void dropsColophonLinesAndPageOfPageLines() {
    Repaired repaired = furniture.apply(text("kst-28676-396", "ISSN 0921 - 7371", "Pagina 3 van 12", "De tekst."));
    assertThat(texts(repaired)).containsExactly("De tekst.");
  }

  @Test
  void dropsRunningHeadersAndPageNumbersAtPageEdges() {
    String[] body = {"De leden vragen naar het plan.", "Welke landen doen mee?", "Hoe wordt de steun verdeeld?", "Wat kost dat?", "Wanneer volgt de brief?"};
    List<List<String>> pages = new ArrayList<>();
    for (int p = 1; p <= 5; p++) {
      pages.add(List.of("Verslag schriftelijk overleg NAVO " + (2020 + p), body[p - 1], ANSWERS[p - 1], String.valueOf(p)));
    }
    Repaired repaired = furniture.apply(pages(pages));
    assertThat(texts(repaired)).noneMatch(line -> line.startsWith("Verslag schriftelijk overleg")).noneMatch(line -> line.matches("\\d"));
    assertThat(texts(repaired)).contains(body).contains(ANSWERS).hasSize(10);
  }

  @Test
  void keepsALineThatStandsAtPageEdgesButAlsoInTheBody() {
    List<List<String>> pages = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      pages.add(List.of("Antwoord", "Het kabinet antwoordt op vraag " + p + ".", "Antwoord", "Zie hierboven.", "Antwoord"));
    }
    assertThat(texts(furniture.apply(pages(pages)))).filteredOn("Antwoord"::equals).hasSize(12);
  }

  @Test
  void keepsNumbersInRunningText() {
    Repaired in = text("In 2035 besteedt Nederland 3,5% van het bbp.", "28", "aan defensie.");
    assertThat(texts(furniture.apply(in))).contains("28");
  }

  @Test
  void keepsAListNumberAtThePageTopWhereTheFooterNumbersThePage() {
    List<List<String>> pages = List.of(
        List.of("3", "Wat kost dat?", "Antwoord:", "Tien miljoen.", "Tweede Kamer, vergaderjaar 2025–2026, 36 800 XII, nr. 9 2"),
        List.of("4", "Wanneer volgt de brief?", "Antwoord:", "Voor de zomer.", "Tweede Kamer, vergaderjaar 2025–2026, 36 800 XII, nr. 9 3"));
    assertThat(texts(furniture.apply(pages(pages)))).containsExactly(
        "3", "Wat kost dat?", "Antwoord:", "Tien miljoen.", "4", "Wanneer volgt de brief?", "Antwoord:", "Voor de zomer.");
  }

  @Test
  void dropsTheAanhangselFooterAndColophon() {
    Repaired in = text("Wat kost dat?", "ah-tk-20252026-412", "ISSN 0921 - 7398", "'s-Gravenhage 2025",
        "Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel 1", "Antwoord 3");
    assertThat(texts(furniture.apply(in))).containsExactly("Wat kost dat?", "Antwoord 3");
  }

  @Test
  void dropsTheColophonPlaceSharingTheFootersLineAndAFooterSetApartFromItsPageNumber() {
    Repaired in = text("Wat kost dat?", "'s-Gravenhage 2025                Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel 1",
        "Tweede Kamer, vergaderjaar 2024–2025, 36 740 X, nr. 7                          2", "Antwoord 3");
    assertThat(texts(furniture.apply(in))).containsExactly("Wat kost dat?", "Antwoord 3");
  }

  @Test
  void dropsALetterSideColumnRepeatedOnLaterPagesButKeepsTheLetterhead() {
    Repaired in = text("Datum 14 oktober 2025", "Betreft Antwoorden Kamervragen", "Ja.", "Datum", "14 oktober 2025", "Onze referentie",
        "2025-0000241873", "Met de wet wordt de wachttijd korter.", "Datum", "14 oktober 2025", "Nee.");
    assertThat(texts(furniture.apply(in))).containsExactly("Datum 14 oktober 2025", "Betreft Antwoorden Kamervragen", "Ja.",
        "Onze referentie", "2025-0000241873", "Met de wet wordt de wachttijd korter.", "Nee.");
  }

  @Test
  void dropsALettersSideColumnAtTheTopOfALaterPageAlsoWhenPrintedOnce() {
    List<List<String>> pages = List.of(
        List.of("Datum 12 juni 2025", "Geachte voorzitter,", "Hierbij beantwoord ik de vragen.", "Klopt het dat netbeheerders capaciteit reserveren?"),
        List.of("Datum", "12 juni 2025", "Kenmerk", "DGKE-E / 2025-0000771203", "Bent u bereid dit te regelen?", "Ja, dat ben ik."));
    assertThat(texts(furniture.apply(pages(pages)))).containsExactly("Datum 12 juni 2025", "Geachte voorzitter,", "Hierbij beantwoord ik de vragen.",
        "Klopt het dat netbeheerders capaciteit reserveren?", "Bent u bereid dit te regelen?", "Ja, dat ben ik.");
  }

  @Test
  void dropsALettersSideColumnReadAfterThePagesText() {
    List<List<String>> pages = List.of(
        List.of("Geachte voorzitter,", "Hierbij beantwoord ik de vragen.", "Het tarief is gekoppeld aan de",
            "Datum", "4 maart 2025", "Onze referentie", "KGG / 25123456"),
        List.of("gasprijs.", "Bent u bereid dit te regelen?", "Ja, dat ben ik."));
    assertThat(texts(furniture.apply(pages(pages)))).containsExactly("Geachte voorzitter,", "Hierbij beantwoord ik de vragen.",
        "Het tarief is gekoppeld aan de", "gasprijs.", "Bent u bereid dit te regelen?", "Ja, dat ben ik.");
  }

  @Test
  void keepsATableRowNumberAtThePageTopThatIsOutOfThePagesCount() {
    List<List<String>> pages = List.of(
        List.of("Nr. Naam Fractie Vraag Antwoord", "7", "Jansen", "NSC", "Wanneer komt het wetsvoorstel?", "In maart.", "1"),
        List.of("8", "Kostić", "PvdD", "Komt er een verbod?", "Nee.", "2"),
        List.of("Eerdmans", "JA21", "Wat kost dat?", "Dat is niet bekend.", "3"));
    assertThat(texts(furniture.apply(pages(pages)))).contains("7", "8").doesNotContain("1", "2", "3");
  }

  @Test
  void dropsEveryCopyOfALetterColumnWhenTheLetterheadOnTheFirstPageLacksIt() {
    List<List<String>> pages = List.of(
        List.of("Datum 12 juni 2025", "Vraag 1", "Wat kost dat?"),
        List.of("Onze referentie", "6183920", "Antwoord 1", "Tien miljoen."),
        List.of("Onze referentie", "6183920", "Vraag 2", "Wanneer?"));
    assertThat(texts(furniture.apply(pages(pages)))).doesNotContain("Onze referentie", "6183920");
  }
}
