package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.extract.Line;
import org.junit.jupiter.api.Test;

class ClosingTest {

  private static List<Line> lines(String... texts) {
    List<Line> out = new ArrayList<>();
    for (String text : texts) {
      out.add(new Line(text, out.size() + 1, 0));
    }
    return out;
  }

  private static List<String> cut(String... texts) {
    return Closing.cut(lines(texts)).stream().map(Line::text).toList();
  }

  @Test
  void dropsGreetingAndSignatureAfterTheLastAnswer() {
    assertThat(cut("De bouw start in 2026.", "", "Hoogachtend,", "", "de staatssecretaris van Justitie en Veiligheid,", "", "A.C.L. Rutte"))
        .containsExactly("De bouw start in 2026.");
  }

  @Test
  void dropsASignatureInCapitalsWithoutComma() {
    assertThat(cut("De invoering is afgerond.", "DE STAATSSECRETARIS VAN DEFENSIE", "G.P. Tuinman")).containsExactly("De invoering is afgerond.");
  }

  @Test
  void keepsAnAnswerThatEndsNamingTheMinister() {
    assertThat(cut("Daarover besluit", "de minister van Financiën.")).containsExactly("Daarover besluit", "de minister van Financiën.");
  }

  @Test
  void keepsASignatureFollowedByMoreText() {
    List<String> text = List.of("Ja.", "De minister van Defensie,", "Dat is in overleg met de Staat der Nederlanden besloten, zoals eerder is gemeld aan de Kamer.");
    assertThat(cut(text.toArray(String[]::new))).isEqualTo(text);
  }

  @Test
  void dropsAClosingFormulaWrappedBeforeTheSignature() {
    assertThat(cut("De oplevering is verschoven naar 2027.", "", "Ik vertrouw erop uw Kamer hiermee voldoende te hebben",
            "geïnformeerd.", "", "De Staatssecretaris van Justitie en Veiligheid,", "", "M.A. Bruinsma"))
        .containsExactly("De oplevering is verschoven naar 2027.");
  }

  @Test
  void keepsALastSentenceThatOnlyReportsInformingTheKamer() {
    List<String> text = List.of("Ik heb uw Kamer hierover op 3 maart geïnformeerd.");
    List<String> signed = new ArrayList<>(text);
    signed.addAll(List.of("", "De minister van Defensie,", "R. Brekelmans"));
    assertThat(cut(signed.toArray(String[]::new))).isEqualTo(text);
  }
}
