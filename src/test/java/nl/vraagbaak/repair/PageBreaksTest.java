package nl.vraagbaak.repair;

import static nl.vraagbaak.repair.RepairTexts.pages;
import static nl.vraagbaak.repair.RepairTexts.sourceLines;
import static nl.vraagbaak.repair.RepairTexts.text;
import static nl.vraagbaak.repair.RepairTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageBreaksTest {

  private final PageBreaks breaks = new PageBreaks();

  @Test
  void joinsASentenceThatAPageBreakCut() {
    Repaired repaired =
        breaks.apply(pages(List.of(List.of("Het kabinet acht de verhoging van de", "uitgaven voor de absolute"), List.of("ondergrens noodzakelijk."))));
    assertThat(texts(repaired)).containsExactly("Het kabinet acht de verhoging van de", "uitgaven voor de absolute", "ondergrens noodzakelijk.");
  }

  @Test
  void joinsASentenceOverARunOfBlankLinesInPlainText() {
    Repaired repaired =
        breaks.apply(text("Eerste alinea.", "", "Het kabinet acht de verhoging van de", "uitgaven voor de", "", "", "", "", "", "ondergrens noodzakelijk.", "", "Slot."));
    assertThat(texts(repaired)).containsExactly("Eerste alinea.", "", "Het kabinet acht de verhoging van de", "uitgaven voor de", "ondergrens noodzakelijk.", "", "Slot.");
    assertThat(sourceLines(repaired)).containsExactly(1, 2, 3, 4, 10, 11, 12);
  }

  @Test
  void pageBreakAfterAFinishedSentenceBecomesOneBlankLine() {
    Repaired repaired = breaks.apply(text("Eerste alinea.", "", "Tweede alinea is af.", "", "", "", "", "", "Derde alinea.", "", "Slot."));
    assertThat(texts(repaired)).containsExactly("Eerste alinea.", "", "Tweede alinea is af.", "", "Derde alinea.", "", "Slot.");
  }

  @Test
  void marksTheParagraphBreakThatAPageEndHid() {
    Repaired repaired = breaks.apply(pages(List.of(List.of("Het kabinet steunt dit."), List.of("De leden vragen verder."))));
    assertThat(texts(repaired)).containsExactly("Het kabinet steunt dit.", "", "De leden vragen verder.");
    assertThat(repaired.lines().get(1).page()).isEqualTo(1);
  }

  @Test
  void keepsAHeadingApartFromTheTextAfterIt() {
    Repaired repaired = breaks.apply(text("Lange regel met tekst die doorloopt tot aan de rand", "Antwoord", "", "Het kabinet steunt dit."));
    assertThat(texts(repaired)).containsExactly("Lange regel met tekst die doorloopt tot aan de rand", "Antwoord", "", "Het kabinet steunt dit.");
  }

  @Test
  void measuresAStrippedLineWithoutCopyingIt() {
    String alphabet = " \t\u2003\u00a0\u3000x\ud83d\ude00";
    java.util.Random random = new java.util.Random(8);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(PageBreaks.strippedLength(text.toString())).isEqualTo(text.toString().strip().length());
    }
  }
}
