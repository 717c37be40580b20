package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The checks that make reference patterns cheap to run must not lose a match the patterns find. */
class KamerstukReferencesSpeedTest {

  private static final String[] PIECES = {
    "Kamerstuk", "Kamerstukken", "kamerstuk", "KAMERSTUK", "II", "2023/24", "36 045", "36045", "21501-02", "21 501", "36600-V-45",
    "36200 V", "V", "J", "M", "XVII", "-", "–", "/", ",", ", ", " ", " ", " ", "nr.", "nrs.", "nummer", "nummers", "267", "3196",
    "12", "en", "&", "Motienummer", "motie nr", "kst-21501-02-3196", "28676-518", "motie", "Motie", "moties", "Klaver",
    "Paternotte", "c.s.", "van der", "Van der Werf", "van de leden", "van het lid", "Kamer", "Aanhangsel", "aanhangsel",
    "van de Handelingen", "Handelingen", "vergaderjaar", "2023-2024", "item", "5", "emotie", "promotie", "nŕ", "Ķst", "1"};

  @Test
  void findsWhatThePatternsFindWhenTriedOnlyWhereAMatchCanStart() {
    Map<Pattern, Windows.Start> starts = Map.of(
        KamerstukReferences.WITH_NUMBER, KamerstukReferences.DIGIT_AFTER_NO_DIGIT,
        KamerstukReferences.HYPHENATED, KamerstukReferences.K_OR_M,
        KamerstukReferences.LETTERED, KamerstukReferences.DIGIT,
        KamerstukReferences.AANHANGSEL, KamerstukReferences.A,
        KamerstukReferences.HANDELINGEN, KamerstukReferences.HANDELINGEN_WORD,
        KamerstukReferences.MOTION, KamerstukReferences.MOTIE);
    Random random = new Random(13);
    List<String> differing = new ArrayList<>();
    int found = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder(" ");
      for (int i = 1 + random.nextInt(20); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      for (Map.Entry<Pattern, Windows.Start> pattern : starts.entrySet()) {
        // one window over the whole text (it starts with a space, the anchor)
        List<String> everywhere = matches(text.toString(), pattern.getKey(), null);
        List<String> atStarts = matches(text.toString(), pattern.getKey(), pattern.getValue());
        found += everywhere.size();
        if (!atStarts.equals(everywhere)) {
          differing.add(pattern.getKey() + " in '" + text + "': " + atStarts + " instead of " + everywhere);
        }
      }
    }
    assertThat(differing).isEmpty();
    assertThat(found).isGreaterThan(1000);
  }

  private static List<String> matches(String text, Pattern pattern, Windows.Start start) {
    List<String> found = new ArrayList<>();
    Windows.find(text, List.of(" "), 0, 10_000, pattern, KamerstukReferences.ANYWHERE, start, m -> found.add(m.start() + ":" + m.group()));
    return found;
  }
}
