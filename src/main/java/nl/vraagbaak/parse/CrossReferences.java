package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The question numbers an answer points to: "zie het antwoord op vraag 22", "in reactie op de vragen 1, 10 en 18". */
final class CrossReferences {

  private static final Pattern POINTER =
      Pattern.compile(
          "(?i)\\b(?:antwoord(?:en)?\\s+op|beantwoording(?:\\s+van)?|reactie\\s+op|zie(?:\\s+ook)?)\\s+(?:de\\s+)?vra(?:ag|gen)\\s+"
              + "((?:\\d+)(?:\\s*(?:,|en|t/m|tot\\s+en\\s+met|-|–)\\s*\\d+)*)");

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private CrossReferences() {}

  static List<Integer> in(String answer) {
    if (!Texts.containsIgnoreCase(answer, "vra")) {
      return List.of(); // every pointer names "vraag" or "vragen"; most answers have none, and the search is costly
    }
    Set<Integer> numbers = new LinkedHashSet<>();
    Matcher m = POINTER.matcher(answer);
    while (m.find()) {
      Matcher n = NUMBER.matcher(m.group(1));
      while (n.find()) {
        if (n.group().length() <= 4) {
          numbers.add(Integer.parseInt(n.group()));
        }
      }
    }
    return new ArrayList<>(numbers);
  }
}
