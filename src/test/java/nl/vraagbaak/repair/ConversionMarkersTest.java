package nl.vraagbaak.repair;

import static nl.vraagbaak.repair.RepairTexts.sourceLines;
import static nl.vraagbaak.repair.RepairTexts.text;
import static nl.vraagbaak.repair.RepairTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversionMarkersTest {

  private final ConversionMarkers markers = new ConversionMarkers();

  @Test
  void dropsImageAndBookmarkMarkers() {
    Repaired repaired = markers.apply(text("[image: /tmp/logo.png]Ministerie van Defensie", "Vraag 1[bookmark: _Toc123]"));
    assertThat(texts(repaired)).containsExactly("Ministerie van Defensie", "Vraag 1");
  }

  @Test
  void blanksALineThatIsOnlyAnImageFileName() {
    Repaired repaired = markers.apply(text("image1.png", "Tekst"));
    assertThat(texts(repaired)).containsExactly("", "Tekst");
    assertThat(sourceLines(repaired)).containsExactly(1, 2);
  }

  @Test
  void footnoteReferenceBecomesAReferenceAndItsTextAFootnote() {
    Repaired repaired = markers.apply(text("Hoeveel gemeenten doen mee?[footnoteRef:5] Graag per provincie. [5: Kamerstuk 12345, nr. 6]"));
    assertThat(texts(repaired)).containsExactly("Hoeveel gemeenten doen mee?" + Footnote.reference("5") + " Graag per provincie.");
    assertThat(repaired.footnotes()).containsExactly(new Footnote("5", "Kamerstuk 12345, nr. 6", 1));
  }

  @Test
  void footnoteTextOverSeveralLinesLeavesTheFlow() {
    Repaired repaired = markers.apply(text("Zie de brief.[footnoteRef:2]", "[2: Kamerstuk 28 676,", "nr. 396, over de", "NAVO-top] Verder.", "Volgende regel."));
    assertThat(repaired.footnotes()).extracting(Footnote::marker, Footnote::text).containsExactly(org.assertj.core.groups.Tuple.tuple("2", "Kamerstuk 28 676, nr. 396, over de NAVO-top"));
    assertThat(String.join("\n", texts(repaired))).doesNotContain("Kamerstuk").contains("Verder.").contains("Volgende regel.");
  }

  @Test
  void ordinaryBracketsStay() {
    Repaired in = text("Het bedrag [sic] en de lijst [1, 2] blijven staan.");
    assertThat(texts(markers.apply(in))).isEqualTo(texts(in));
  }
}
