package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The shortcuts that make answer kinds cheap to decide must find what the full patterns find. */
class AnswerKindsSpeedTest {

  private static final String[] WORDS = {
    "Het", "kabinet", "kan", "KAN", "hier", "niet", "nader", "op", "in", "ingaan", "gaan", "ga", "gaat", "ik", "de", "tegen", "met",
    "speculeer", "SPECULATIE", "vooruit", "te", "lopen", "loopt", "loop", "doet", "geen", "uitspraken", "commentaar", "oordeel",
    "geven", "over", "treedt", "laat", "zich", "uit", "becommentarieer", "prematuur", "vroeg", "nog", "bekend", "besluit",
    "verantwoordelijkheid", "ligt", "bij", "minister", "valt", "onder", "portefeuille", "van", "is", "betreft", "zaak",
    "verwijs", "naar", "collega", "vertrouwelijk", "ter", "inzage", "openbaar", "gemaakt", "gedeeld", "mededelingen", "gedaan",
    "gerubriceerd", "of", "rubricering", "Kamer", "uw", "30.000", "2026", "3,5", "miljard", "mijn", "staatsgeheim",
    // whole forms, so that every alternative is met
    "lopen niet vooruit", "loopt het kabinet niet vooruit", "ga ik niet op in", "gaat niet in op", "kan ik niet op ingaan",
    "niet nader ingaan op", "geen commentaar op", "doen geen uitspraken", "treedt niet in", "laat zich niet uit",
    "becommentarieert niet", "vooruit te lopen", "vooruitloopt", "te vroeg", "nog niet bekend", "nog geen besluit",
    "ligt bij de minister", "valt onder de verantwoordelijkheid van de minister", "is een zaak van het ministerie",
    "verwijs ik u naar de collega", "niet openbaar worden gemaakt", "niet met de Tweede Kamer gedeeld", "vertrouwelijk ter inzage",
    "geen mededelingen worden gedaan", "gerubriceerde of", "valt buiten mijn portefeuille"};

  @Test
  void eachCueFindsTheMatchItsPatternFinds() {
    Random random = new Random(3);
    List<String> differing = new ArrayList<>();
    for (int round = 0; round < 8_000; round++) {
      StringBuilder sentence = new StringBuilder();
      for (int i = 1 + random.nextInt(round % 2 == 0 ? 6 : 25); i > 0; i--) {
        sentence.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(15) == 0 ? "," : "").append(' ');
      }
      String text = sentence.toString().strip() + ".";
      for (AnswerKinds.Cue cue : AnswerKinds.CUES) {
        Matcher full = cue.pattern().matcher(text);
        String expected = full.find() ? full.start() + "-" + full.end() : "none";
        Matcher quick = cue.find(text, text.toLowerCase(Locale.ROOT));
        String found = quick == null ? "none" : quick.start() + "-" + quick.end();
        if (!found.equals(expected)) {
          differing.add(cue.kind() + ": " + text + " (" + found + " instead of " + expected + ")");
        }
      }
    }
    assertThat(differing).isEmpty();
  }
}
