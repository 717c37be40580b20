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
    int first = firstPointedQuestion(answer);
    if (first < 0) {
      return List.of(); // most answers hold no pointer, and the search is costly
    }
    Set<Integer> numbers = new LinkedHashSet<>();
    // No pointer starts before the words that can precede its first "vraag": the search starts there, with
    // transparent bounds so that the word boundary sees the text before it.
    Matcher m = POINTER.matcher(answer).useTransparentBounds(true).region(earliestStart(answer, first), answer.length());
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

  /**
   * At most three words of at most 13 letters ("beantwoording van de", "antwoorden op de") and the white space after
   * each stand before a pointer's "vraag": the earliest index a pointer with its "vraag" at {@code at} can start.
   */
  private static int earliestStart(String text, int at) {
    int i = at;
    for (int word = 0; word < 3; word++) {
      while (i > 0 && Texts.isSpace(text.charAt(i - 1))) {
        i--;
      }
      i = Math.max(0, i - 13);
    }
    return i;
  }

  /**
   * Where the first "vraag" or "vragen" with a number after white space ("vraag 22", "vragen 1, 10") stands, or -1:
   * every pointer names one.
   */
  private static int firstPointedQuestion(String text) {
    int n = text.length();
    for (int p = Texts.indexOfIgnoreCase(text, "vra"); p >= 0; p = Texts.indexOfIgnoreCase(text, "vra", p + 1)) {
      int i = p + 3;
      if (text.regionMatches(true, i, "ag", 0, 2)) {
        i += 2;
      } else if (text.regionMatches(true, i, "gen", 0, 3)) {
        i += 3;
      } else {
        continue;
      }
      int digit = i;
      while (digit < n && Texts.isSpace(text.charAt(digit))) {
        digit++;
      }
      if (digit > i && digit < n && text.charAt(digit) >= '0' && text.charAt(digit) <= '9') {
        return p;
      }
    }
    return -1;
  }
}
