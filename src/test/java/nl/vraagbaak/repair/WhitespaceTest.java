package nl.vraagbaak.repair;

import static nl.vraagbaak.repair.RepairTexts.sourceLines;
import static nl.vraagbaak.repair.RepairTexts.text;
import static nl.vraagbaak.repair.RepairTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

  private final Whitespace whitespace = new Whitespace();

  @Test
  void turnsNoBreakAndFigureSpacesIntoPlainSpaces() {
    Repaired repaired = whitespace.apply(text("28\u00A0676", "€\u20075\u202Fmiljard", "kolom\teen"));
    assertThat(texts(repaired)).containsExactly("28 676", "€ 5 miljard", "kolom een");
  }

  @Test
  void dropsTrailingWhiteSpaceButKeepsIndentation() {
    Repaired repaired = whitespace.apply(text("  ingesprongen regel   ", "regel\u00A0"));
    assertThat(texts(repaired)).containsExactly("  ingesprongen regel", "regel");
  }

  @Test
  void turnsNoBreakHyphenIntoPlainHyphen() {
    assertThat(texts(whitespace.apply(text("OEK\u2011steun")))).containsExactly("OEK-steun");
  }

  @Test
  void keepsEveryLineAndItsSourceLine() {
    Repaired repaired = whitespace.apply(text("a ", "", "b\u00A0"));
    assertThat(sourceLines(repaired)).containsExactly(1, 2, 3);
  }
}
