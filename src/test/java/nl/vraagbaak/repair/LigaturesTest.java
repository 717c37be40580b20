package nl.vraagbaak.repair;

import static nl.vraagbaak.repair.RepairTexts.text;
import static nl.vraagbaak.repair.RepairTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LigaturesTest {

  private final Ligatures ligatures = new Ligatures();

  @Test
  void replacesGlyphsThatPdfFontsMapLigaturesTo() {
    Repaired repaired = ligatures.apply(text("eƯectief", "Ɵjdens de vergadering", "zeƩen", "heŌ"));
    assertThat(texts(repaired)).containsExactly("effectief", "tijdens de vergadering", "zetten", "heft");
  }

  @Test
  void replacesUnicodeLigatureCodePoints() {
    Repaired repaired = ligatures.apply(text("e\uFB00ect", "\uFB01nanciën", "\uFB02exibel", "e\uFB03ciënt", "a\uFB04uent", "\uFB05ad", "\uFB06op"));
    assertThat(texts(repaired)).containsExactly("effect", "financiën", "flexibel", "efficiënt", "affluent", "stad", "stop");
  }

  @Test
  void repairedLineKeepsItsSourceLineAndPage() {
    Repaired repaired = ligatures.apply(RepairTexts.pages(java.util.List.of(java.util.List.of("eerst"), java.util.List.of("eƯect"))));
    assertThat(repaired.lines().get(1).sourceLine()).isEqualTo(2);
    assertThat(repaired.lines().get(1).page()).isEqualTo(2);
  }

  @Test
  void leavesLinesWithoutLigaturesUntouched() {
    Repaired in = text("Het kabinet steunt Oekraïne – ook in 2026.");
    assertThat(ligatures.apply(in).lines().getFirst()).isSameAs(in.lines().getFirst());
  }
}
