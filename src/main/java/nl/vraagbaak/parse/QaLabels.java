package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Printed labels of questions and answers: "Vraag 1", "Vraag 1, 2", "Vraag 3: inline text", "Antwoord", "Antwoord 1 en
 * 2", "Antwoord op vraag 1:", "Ad 2 en 5", "Ad vraag 3", "Beantwoording vraag 6", the Kamervragen "Antwoord van minister X (Buitenlandse Zaken) (ontvangen 2 februari
 * 2026)." and "Mededeling" (a postponement notice, not an answer).
 */
final class QaLabels {

  enum Kind {
    QUESTION,
    ANSWER,
    /** "Antwoord van minister X (…) (ontvangen …)": the answers follow, labeled or not. */
    ANSWER_INTRO,
    /** "Mededeling …": a notice that the answers come later; its text is no answer. */
    NOTICE
  }

  /**
   * @param printed the label as printed, without the inline text
   * @param inline text printed on the same line after the label ("Vraag 3: Hoe …"), or ""
   */
  record Label(Kind kind, List<Integer> numbers, String printed, String inline, List<String> keys) {

    Label {
      numbers = List.copyOf(numbers);
      keys = List.copyOf(keys);
    }
  }

  /**
   * "1", "1, 2 en 4", "3 t/m 5", "3a", "3a en 3b", "1.2": question numbers, a sub-question's letter included, and
   * numbers within a section ("Vraag 1.2" is the second question of section 1).
   */
  static final String NUMBERS =
      "\\d{1,3}(?:\\.\\d{1,3})*[a-z]?(?:\\s*(?:,|en|&|t/m|tot\\s+en\\s+met|-|–)\\s*\\d{1,3}(?:\\.\\d{1,3})*[a-z]?)*";

  /** "(blz. 12)", "(p. 4)": where in the document under discussion the question is about. */
  private static final String PAGE_REFERENCE = "(?:\\s*\\((?:blz|p|pag|pagina)\\.?\\s*[\\d\\s,–-]{1,20}\\))?";

  private static final Pattern QUESTION =
      Pattern.compile("(?i)^(vraag|vragen)(?:\\s+(?:nr\\.?\\s*)?(" + NUMBERS + ")" + PAGE_REFERENCE + ")?(?:\\s*[:.]\\s*(.*)|\\s+(?=(?-i:\\p{Lu}))(.*))?$");

  private static final Pattern ANSWER =
      Pattern.compile(
          "(?i)^(antwoord(?:en)?)(?:\\s+(?:(?:op\\s+)?(?:de\\s+)?vra(?:ag|gen)\\s+)?(" + NUMBERS + ")" + PAGE_REFERENCE + ")?(?:\\s*[:.]\\s*(.*)|\\s+(?=(?-i:\\p{Lu}))(.*))?$");

  /** "Ad 1", "Ad 2 en 5", "Ad vraag 3": a letter's answers after it has quoted the questions; always numbered. */
  private static final Pattern AD =
      Pattern.compile("(?i)^(ad)\\s+(?:vra(?:ag|gen)\\s+)?(" + NUMBERS + ")" + PAGE_REFERENCE + "(?:\\s*[:.]\\s*(.*)|\\s+(?=(?-i:\\p{Lu}))(.*))?$");

  /** "Beantwoording vraag 6", "Beantwoording van de vragen 4 en 5": numbered, else it is a letter's subject. */
  private static final Pattern BEANTWOORDING =
      Pattern.compile("(?i)^(beantwoording)\\s+(?:van\\s+)?(?:de\\s+)?vra(?:ag|gen)\\s+(" + NUMBERS + ")" + PAGE_REFERENCE + "(?:\\s*[:.]\\s*(.*)|\\s+(?=(?-i:\\p{Lu}))(.*))?$");

  private static final Pattern INTRO =
      Pattern.compile(
          "(?i)^antwoord(?:en)?\\s+(?:van|namens)\\s+(?:de\\s+|het\\s+)?(?:minister|staatssecretaris|kabinet|minister-president|bewindspersoon)"
              + "[^:]{0,200}?(?:\\((?:ontvangen|ingezonden)[^)]*\\)[^:]*|[.:])?\\s*$");

  private static final Pattern NOTICE = Pattern.compile("(?i)^mededeling(?:\\s+van\\b.*|\\s*[.:]?)$");

  /** A number, or a number within a section ("1.2"), which is no question number of the document's own series. */
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*");

  private static final Pattern KEY = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*[a-z]?");

  private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*(?:t/m|tot\\s+en\\s+met|-|–)\\s*(\\d{1,3})");

  private QaLabels() {}

  /** The label this line is, or null. */
  static Label of(String line) {
    if (!mayBeLabel(line)) {
      return null;
    }
    String text = Texts.collapseSpaces(line);
    if (text.isEmpty() || text.length() > 2000) {
      return null;
    }
    if (!Character.isUpperCase(text.charAt(0))) {
      return null; // a label is capitalised; "vraag 5." starting a line is the wrapped end of "… mijn antwoord op"
    }
    char first = Character.toLowerCase(text.charAt(0));
    if (first == 'v') {
      return labeled(Kind.QUESTION, QUESTION.matcher(text));
    }
    if (first == 'a' && text.length() > 2 && (text.charAt(1) == 'd' || text.charAt(1) == 'D') && Texts.isSpace(text.charAt(2))) {
      return labeled(Kind.ANSWER, AD.matcher(text));
    }
    if (first == 'b') {
      return labeled(Kind.ANSWER, BEANTWOORDING.matcher(text));
    }
    if (first == 'a') {
      if (INTRO.matcher(text).matches()) {
        return new Label(Kind.ANSWER_INTRO, List.of(), text, "", List.of());
      }
      return labeled(Kind.ANSWER, ANSWER.matcher(text));
    }
    if (first == 'm' && text.length() < 300 && NOTICE.matcher(text).matches()) {
      return new Label(Kind.NOTICE, List.of(), text, "", List.of());
    }
    return null;
  }

  /**
   * Whether the line starts (after white space) with a word every label starts with: most lines do not, and this test
   * spares them the regular expressions, which run on every line of every layout that is tried.
   */
  private static boolean mayBeLabel(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return line.regionMatches(true, i, "vra", 0, 3) || line.regionMatches(true, i, "antwoord", 0, 8) || line.regionMatches(true, i, "mededeling", 0, 10)
        || line.regionMatches(true, i, "ad ", 0, 3) || line.regionMatches(true, i, "beantwoording ", 0, 14);
  }

  private static Label labeled(Kind kind, Matcher m) {
    if (!m.matches()) {
      return null;
    }
    char last = m.group(1).charAt(m.group(1).length() - 1);
    boolean plural = last == 'n' || last == 'N';
    if (plural && m.group(2) == null) {
      return null; // "Vragen:" or "Antwoorden" alone is a section heading, not a label
    }
    // text after the number without a colon ("Vraag 1 Kent u …") only where a number ends the label
    int text = m.group(3) != null ? 3 : m.group(4) != null ? 4 : 0;
    if (text == 4 && m.group(2) == null) {
      return null;
    }
    String inline = text == 0 ? "" : m.group(text).strip();
    String printed = text == 0 ? m.group().strip() : m.group().substring(0, m.start(text)).strip();
    printed = withoutClosingMark(printed).strip();
    return new Label(kind, numbers(m.group(2)), printed, inline, keys(m.group(2)));
  }

  /**
   * As {@code printed.replaceAll("[:.]$", "")}: a final ":" or "." goes, also when a line terminator that is no
   * white space follows it (where {@code $} matches too).
   */
  private static String withoutClosingMark(String printed) {
    int end = Texts.endBeforeFinalTerminator(printed);
    if (end > 0 && (printed.charAt(end - 1) == ':' || printed.charAt(end - 1) == '.')) {
      return printed.substring(0, end - 1) + printed.substring(end);
    }
    return printed;
  }

  /** "1, 2 en 4" as [1, 2, 4]; "3 t/m 5" as [3, 4, 5]. */
  static List<Integer> numbers(String printed) {
    List<Integer> out = new ArrayList<>();
    if (printed == null) {
      return out;
    }
    Matcher range = RANGE.matcher(printed);
    int at = 0;
    while (range.find()) {
      addAll(out, printed.substring(at, range.start()));
      int from = Integer.parseInt(range.group(1));
      int to = Integer.parseInt(range.group(2));
      for (int n = from; n <= to && to - from < 50; n++) {
        out.add(n);
      }
      at = range.end();
    }
    addAll(out, printed.substring(at));
    return out;
  }

  /**
   * What an answer label must match in a question label: "3a" only answers "3a", "3" answers "3"; a range "3 t/m 5"
   * stands for "3", "4" and "5".
   */
  static List<String> keys(String printed) {
    List<String> out = new ArrayList<>();
    if (printed == null) {
      return out;
    }
    if (RANGE.matcher(printed).find()) {
      numbers(printed).forEach(n -> out.add(String.valueOf(n)));
      return out;
    }
    Matcher k = KEY.matcher(printed);
    while (k.find()) {
      out.add(k.group());
    }
    return out;
  }

  private static void addAll(List<Integer> out, String text) {
    Matcher n = NUMBER.matcher(text);
    while (n.find()) {
      if (n.group().indexOf('.') < 0) {
        out.add(Integer.parseInt(n.group())); // "1.2" has no place among the numbers; its key pairs it
      }
    }
  }
}
