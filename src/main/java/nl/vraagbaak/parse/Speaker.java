package nl.vraagbaak.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the members' text from the government's where no label separates them. Each cue is a small, named score;
 * positive means the members speak, negative the government. {@link #explain} says which cues fired, so every
 * decision can be read back.
 */
final class Speaker {

  /** Members open by naming themselves or by asking: "De leden van de …", "Deze leden …", "Zij vragen …". */
  private static final Pattern MEMBERS_OPENING =
      Pattern.compile(
          "^(?:[^.?!]{0,60}?\\b(?:de|deze|die)\\s+(?:leden|fractie|[\\p{L}0-9-]+-(?:fractie|fractieleden|leden))\\b"
              + "|[^.?!]{0,60}?\\b[\\p{L}0-9-]+-(?:fractieleden|leden)\\b"
              + "|(?:Zij|Ook|Daarnaast|Voorts|Verder|Tot\\s+slot|Tenslotte|Ten\\s+slotte|Tevens|Bovendien|Als\\s+laatst|Graag)\\b[^.?!]{0,80}\\b"
              + "(?:vragen|vraagt|verzoeken|willen|wensen|horen|benieuwd|vernemen|lezen|constateren)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** A direct question: "Kan de minister …", "Hoe …", "Wat …". */
  private static final Pattern QUESTION_OPENING =
      Pattern.compile("^(?:Kan|Kunnen|Is|Zijn|Wil|Wat|Welke|Hoe|Waarom|Wanneer|Waar|Wie|Deelt|Heeft|Hebben|Klopt|Op\\s+welke|In\\s+hoeverre)\\b");

  /** The members refer to themselves and ask the minister. */
  private static final Pattern MEMBERS_WORDS =
      Pattern.compile(
          "(?i)\\b(?:deze\\s+leden|de\\s+leden|fractie|fractieleden|vragen\\s+(?:zij|de\\s+minister|het\\s+kabinet|de\\s+regering|of)"
              + "|verzoeken\\s+(?:zij|de\\s+minister|het\\s+kabinet)|zo\\s+vragen)\\b");

  /** The government speaks of itself or of the Kamer as its addressee. */
  private static final Pattern GOVERNMENT_OPENING =
      Pattern.compile("^(?:Het\\s+kabinet|Nederland|Ik|Wij|We|Uw\\s+Kamer|Zoals|Dit\\s+kabinet|De\\s+regering|Er\\s+is|Op\\s+dit\\s+moment)\\b");

  private static final Pattern GOVERNMENT_WORDS =
      Pattern.compile("(?i)\\b(?:het\\s+kabinet\\s+(?:zet|heeft|is|zal|blijft|steunt|onderschrijft|acht|hecht|deelt|verwelkomt)|uw\\s+Kamer|ik\\s+(?:heb|ben|zal|wil))\\b");

  private Speaker() {}

  /**
   * What {@link #score} and {@link #opensMembersText} say of one text, read once.
   *
   * @param score how strongly the text reads as the members' (positive) or the government's (negative)
   * @param opensMembersText whether the text opens as the members do
   */
  record Reading(int score, boolean opensMembersText) {}

  /** How strongly the text reads as the members' (positive) or the government's (negative). */
  static int score(String text) {
    return read(text).score();
  }

  static Reading read(String text) {
    int score = 0;
    String t = text.strip();
    String folded = Texts.asciiLowerCase(t);
    boolean membersOpening = membersOpening(t, folded);
    boolean questionOpening = questionOpening(t);
    if (membersOpening) {
      score += 3;
    }
    if (questionOpening) {
      score += 2;
    }
    if (t.indexOf('?') >= 0) {
      score += 3;
    }
    if (membersWords(t, folded)) {
      score += 2;
    }
    if (governmentOpening(t)) {
      score -= 2;
    }
    if (governmentWords(t, folded)) {
      score -= 2;
    }
    return new Reading(score, membersOpening || questionOpening);
  }

  /** Whether the text opens as the members do ("De leden van de …", "Kan de minister …"). */
  static boolean opensMembersText(String text) {
    String t = text.strip();
    return membersOpening(t, Texts.asciiLowerCase(t)) || questionOpening(t);
  }

  /** Which cues fired, for debugging and tests. */
  static String explain(String text) {
    String t = text.strip();
    String folded = Texts.asciiLowerCase(t);
    StringBuilder why = new StringBuilder();
    cue(why, membersOpening(t, folded), "members' opening +3");
    cue(why, questionOpening(t), "question opening +2");
    cue(why, t.indexOf('?') >= 0, "question mark +3");
    cue(why, membersWords(t, folded), "members' words +2");
    cue(why, governmentOpening(t), "government opening -2");
    cue(why, governmentWords(t, folded), "government words -2");
    return why.toString();
  }

  /**
   * The members' opening names "leden" or "fractie", or starts with one of the words of its third alternative: a test
   * that spares most paragraphs the expression's backtracking. {@code folded} is the text with ASCII capitals in lower
   * case, where a plain String.indexOf finds exactly what the patterns' ASCII {@code (?i)} matches.
   */
  private static boolean membersOpening(String t, String folded) {
    // In the first two alternatives nothing before "leden" or "fractie" can be ".", "?" or "!"
    int sentence = firstSentenceMark(t);
    boolean possible = folded.indexOf("leden", 0, sentence) >= 0 || folded.indexOf("fractie", 0, sentence) >= 0
        || Texts.startsWithAnyIgnoreCase(t, OPENING_WORDS);
    return possible && MEMBERS_OPENING.matcher(t).lookingAt();
  }

  /** The index of the first ".", "?" or "!", or the length. */
  private static int firstSentenceMark(String t) {
    int end = t.length();
    for (char mark : new char[] {'.', '?', '!'}) {
      int at = t.indexOf(mark, 0, end);
      if (at >= 0) {
        end = at;
      }
    }
    return end;
  }

  /** The first words of the third alternative of {@link #MEMBERS_OPENING}, in lower case. */
  private static final String[] OPENING_WORDS = {"zij", "ook", "daarnaast", "voorts", "verder", "tot", "ten", "tevens", "bovendien", "als", "graag"};

  private static boolean questionOpening(String t) {
    return !t.isEmpty() && "KIZWDHO".indexOf(t.charAt(0)) >= 0 && QUESTION_OPENING.matcher(t).lookingAt();
  }

  private static boolean governmentOpening(String t) {
    return !t.isEmpty() && "HNIWUZDEO".indexOf(t.charAt(0)) >= 0 && GOVERNMENT_OPENING.matcher(t).lookingAt();
  }

  /**
   * Every members' word pattern holds "leden", "fractie", "vragen" or "verzoeken", a fixed number of letters and
   * spaces after its start: the pattern is tried only where a match can start, around each of those words.
   */
  private static boolean membersWords(String t, String folded) {
    Matcher m = anchored(MEMBERS_WORDS, t);
    for (int p = folded.indexOf("leden"); p >= 0; p = folded.indexOf("leden", p + 1)) {
      int spaces = Texts.spacesBefore(t, p);
      if (spaces > 0 && (startsAt(m, p - spaces - 4) || startsAt(m, p - spaces - 2))) {
        return true; // "deze leden", "de leden"
      }
    }
    for (int p = folded.indexOf("fractie"); p >= 0; p = folded.indexOf("fractie", p + 1)) {
      if (startsAt(m, p)) {
        return true;
      }
    }
    for (int p = folded.indexOf("vragen"); p >= 0; p = folded.indexOf("vragen", p + 1)) {
      int spaces = Texts.spacesBefore(t, p);
      if (startsAt(m, p) || spaces > 0 && startsAt(m, p - spaces - 2)) {
        return true; // "vragen zij", "zo vragen"
      }
    }
    for (int p = folded.indexOf("verzoeken"); p >= 0; p = folded.indexOf("verzoeken", p + 1)) {
      if (startsAt(m, p)) {
        return true;
      }
    }
    return false;
  }

  /** As {@link #membersWords}: every government word pattern holds "kabinet", "kamer" or "ik" before white space. */
  private static boolean governmentWords(String t, String folded) {
    Matcher m = anchored(GOVERNMENT_WORDS, t);
    for (int p = folded.indexOf("kabinet"); p >= 0; p = folded.indexOf("kabinet", p + 1)) {
      int spaces = Texts.spacesBefore(t, p);
      if (spaces > 0 && startsAt(m, p - spaces - 3)) {
        return true; // "het kabinet zal"
      }
    }
    for (int p = folded.indexOf("kamer"); p >= 0; p = folded.indexOf("kamer", p + 1)) {
      int spaces = Texts.spacesBefore(t, p);
      if (spaces > 0 && startsAt(m, p - spaces - 2)) {
        return true; // "uw Kamer"
      }
    }
    for (int p = ikBeforeSpace(folded, 0); p >= 0; p = ikBeforeSpace(folded, p + 1)) {
      if (startsAt(m, p)) {
        return true; // "ik heb"
      }
    }
    return false;
  }

  /** A matcher whose region bounds are transparent: a word boundary at a region's start sees the text before it. */
  private static Matcher anchored(Pattern pattern, String t) {
    return pattern.matcher(t).useTransparentBounds(true);
  }

  /** Whether a match starts at {@code start}. */
  private static boolean startsAt(Matcher m, int start) {
    return start >= 0 && m.region(start, m.regionEnd()).lookingAt();
  }

  /** Where "ik" (any case) stands before white space, from {@code from} on, or -1. */
  private static int ikBeforeSpace(String t, int from) {
    int lower = t.indexOf('k', Math.max(1, from + 1));
    int upper = t.indexOf('K', Math.max(1, from + 1));
    while (lower >= 0 || upper >= 0) {
      int i = upper < 0 || lower >= 0 && lower < upper ? lower : upper;
      if (i + 1 >= t.length()) {
        return -1;
      }
      if ((t.charAt(i - 1) == 'i' || t.charAt(i - 1) == 'I') && Texts.isSpace(t.charAt(i + 1))) {
        return i - 1;
      }
      if (i == lower) {
        lower = t.indexOf('k', i + 1);
      } else {
        upper = t.indexOf('K', i + 1);
      }
    }
    return -1;
  }

  private static void cue(StringBuilder why, boolean fired, String name) {
    if (fired) {
      why.append(why.isEmpty() ? "" : ", ").append(name);
    }
  }
}
