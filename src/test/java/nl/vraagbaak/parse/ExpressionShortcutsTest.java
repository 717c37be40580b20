package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hand-written tests that stand in for regular expressions answer as the expressions do, on seeded random text. */
class ExpressionShortcutsTest {

  private static String random(Random random, String[] pieces, int max) {
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(max); n > 0; n--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  @Test
  void tellsAClosedKamervragenHeaderAsTheExpressionDoes() {
    Pattern expression = Pattern.compile("(?s).*\\((?:ingezonden|ontvangen)[^)]*\\)\\s*\\.?$");
    String[] pieces = {"(", ")", "ingezonden", "ontvangen", " 12 mei 2026", ".", " ", "\t", "\n", "x", "Ingezonden", "\u00a0", "(ingezonden"};
    Random random = new Random(9);
    for (int n = 0; n < 50_000; n++) {
      String text = random(random, pieces, 9).strip();
      assertThat(LabeledLayout.endsWithSentIn(text)).as("\"%s\"", text).isEqualTo(expression.matcher(text).matches());
    }
    assertThat(LabeledLayout.continues("Vragen van het lid Klos (D66) aan de minister van Financiën over X (ingezonden 3 mei 2026).")).isFalse();
    assertThat(LabeledLayout.continues("Vragen van het lid Klos (D66) aan de minister van")).isTrue();
  }

  @Test
  void dropsPageColumnsAfterAQuestionAsTheExpressionDoes() {
    Pattern columns = Pattern.compile("\\?[ \\t]+\\d{1,3}(?:[ \\t]+\\d{1,3})?(?=\\n|$)");
    String[] pieces = {"?", " ", "\t", "5", "12", "1234", "\n", "Hoe", "x", "\u0663"};
    Random random = new Random(11);
    for (int n = 0; n < 50_000; n++) {
      String text = random(random, pieces, 10);
      assertThat(Assembly.withoutPageColumns(text)).as("\"%s\"", text).isEqualTo(columns.matcher(text).replaceAll("?"));
    }
    assertThat(Assembly.withoutPageColumns("Wat kost dat? 5 6")).isEqualTo("Wat kost dat?");
  }
}
