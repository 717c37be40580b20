package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void foldsEveryCharAsLowerCasingTheTextAndThenDroppingAccentsWould() {
    List<String> differing = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "Ab" + (char) c + "Σ".repeat(c % 2) + (char) c + "é";
      if (!Words.fold(text).equals(definition(text))) {
        differing.add(Integer.toHexString(c));
      }
    }
    assertThat(differing).isEmpty();
    assertThat(Words.fold("Oekraïne İstanbul ΟΔΟΣ \uD801\uDC00")).isEqualTo(definition("Oekraïne İstanbul ΟΔΟΣ \uD801\uDC00"));
  }

  @Test
  void contentWordsAreTheStemsTheWordPatternFinds() {
    String text = "De Oekraïense grensbewaking-2024 en 36045-vergunningen; ΟΔΟΣ \uD801\uDC00\uD801\uDC00\uD801\uDC00abc kabinet Ministerie";
    assertThat(Words.content(text)).containsExactlyElementsOf(byPattern(text));
    assertThat(Words.content(text)).contains("oekrai", "grensb").doesNotContain("kabine", "ministe");
  }

  @Test
  void contentWordsOfAnyTextAreTheStemsTheWordPatternFinds() {
    String[] pieces = {"Oekraïense", "grens", "BEWAKING", "-", "2024", " ", ", ", "kabinet", "ministerie", "İ", "Σ", "ǅ", "ﬁ", "é",
        "\u0301", "\uD801\uDC00", "a", "Zeer", "_", "ß", "٣", "x1"};
    java.util.Random random = new java.util.Random(9);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(16); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(Words.content(text.toString())).as(text.toString()).containsExactlyElementsOf(byPattern(text.toString()));
    }
  }

  @Test
  void singleSpacesWhiteSpaceRunsAsTheRegexWould() {
    char[] alphabet = {' ', '\t', '\n', '\r', '\u000b', '\f', '\u00a0', '\u2028', 'a', 'B'};
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertThat(Words.singleSpaced(text.toString())).as("'%s'", text).isEqualTo(text.toString().replaceAll("\\s+", " "));
    }
  }

  /** Lower case, then each char without its non-spacing marks (NFD). */
  private static String definition(String text) {
    StringBuilder plain = new StringBuilder();
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      String decomposed = c < 128 ? String.valueOf(c) : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      for (char d : decomposed.toCharArray()) {
        if (c < 128 || Character.getType(d) != Character.NON_SPACING_MARK) {
          plain.append(d);
        }
      }
    }
    return plain.toString();
  }

  private static List<String> byPattern(String text) {
    Set<String> common = Set.of("kabine", "minist", "ministe");
    List<String> stems = new ArrayList<>();
    Matcher m = Pattern.compile("\\p{L}[\\p{L}\\d-]*").matcher(definition(text));
    while (m.find()) {
      String w = m.group();
      String stem = w.substring(0, Math.min(6, w.length()));
      if (w.length() >= 5 && !common.contains(stem) && !stems.contains(stem)) {
        stems.add(stem);
      }
    }
    return stems;
  }
}
