package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcuts that make commitments cheap to find must decide as the full patterns do. */
class CommitmentsSpeedTest {

  private static final String[] WORDS = {
    "Kamer", "kamer", "Kamerstuk", "de", "die", "het", "uw", "u", "U", "Tweede", "TWEEDE", "KAMER", "informeren", "geïnformeerd",
    "GEINFORMEERD", "rapporteren", "voortgangsrapportage", "toestuurt", "toezenden", "toegestuurd", "verzonden", "brieven",
    "briefing", "kabinetsreactie", "reactie", "op", "terug", "terugkomen", "kom", "komt", "ik", "hierop", "hoogte", "houden",
    "ontvangt", "informatievoorziening", "toekomen", "voorgelegd", "aanbieden", "bericht", "delen", "gedeeld", "uiteenzetten",
    "toelichting", "zal", "niet", "nu", "uit", "éu", "uë", "_u", "hu-", "-u", "Uw", "DIE", "HeT", "ondersturen", "zeerkamer", "zijn", "Ministerie", "over", "binnenkort", "a", "ook", "naar", "(", ")", ",", "."};

  @Test
  void decidesWhetherASentenceSpeaksToTheKamerAsThePatternDoes() {
    Random random = new Random(11);
    List<String> differing = new ArrayList<>();
    for (int round = 0; round < 10_000; round++) {
      StringBuilder sentence = new StringBuilder();
      for (int i = 1 + random.nextInt(round % 2 == 0 ? 8 : 40); i > 0; i--) {
        sentence.append(WORDS[random.nextInt(WORDS.length)]);
        int space = random.nextInt(20);
        sentence.append(space == 0 ? "" : space == 1 ? "  " : space == 2 ? "\n" : space < 6 ? " zeer lange woorden " : " ");
      }
      String text = sentence.toString().strip();
      boolean expected = Commitments.TOWARDS_KAMER.matcher(text).find();
      if (Commitments.towardsKamer(text, text.toLowerCase(Locale.ROOT)) != expected) {
        differing.add(text);
      }
    }
    assertThat(differing).isEmpty();
  }
}
