package nl.vraagbaak.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineTest {

  @Test
  void isBlankExactlyWhenItsTextIs() {
    String alphabet = " \t\u000b\f\r\u001c\u00a0\u2003\u3000\u0085!~\u007fa\u00e9";
    Random random = new Random(3);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(5); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Line line = new Line(text.toString(), 1, 0);
      assertThat(line.isBlank()).as("\"%s\"", text).isEqualTo(text.toString().isBlank());
    }
  }

  @Test
  void refusesANullTextNamingTheLine() {
    assertThatThrownBy(() -> new Line(null, 7, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 7");
  }
}
