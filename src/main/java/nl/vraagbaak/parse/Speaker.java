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

  /** How strongly the text reads as the members' (positive) or the government's (negative). */
  static int score(String text) {
    int score = 0;
    String t = text.strip();
    if (membersOpening(t)) {
      score += 3;
    }
    if (questionOpening(t)) {
      score += 2;
    }
    if (t.indexOf('?') >= 0) {
      score += 3;
    }
    if (membersWords(t)) {
      score += 2;
    }
    if (governmentOpening(t)) {
      score -= 2;
    }
    if (governmentWords(t)) {
      score -= 2;
    }
    return score;
  }

  /** Whether the text opens as the members do ("De leden van de …", "Kan de minister …"). */
  static boolean opensMembersText(String text) {
    String t = text.strip();
    return membersOpening(t) || questionOpening(t);
  }

  /** Which cues fired, for debugging and tests. */
  static String explain(String text) {
    String t = text.strip();
    StringBuilder why = new StringBuilder();
    cue(why, membersOpening(t), "members' opening +3");
    cue(why, questionOpening(t), "question opening +2");
    cue(why, t.indexOf('?') >= 0, "question mark +3");
    cue(why, membersWords(t), "members' words +2");
    cue(why, governmentOpening(t), "government opening -2");
    cue(why, governmentWords(t), "government words -2");
    return why.toString();
  }

  /**
   * The members' opening names "leden" or "fractie", or starts with one of the words of its third alternative: a test
   * that spares most paragraphs the expression's backtracking.
   */
  private static boolean membersOpening(String t) {
    boolean possible = Texts.startsWithAnyIgnoreCase(t, OPENING_WORDS) || Texts.containsIgnoreCase(t, "leden") || Texts.containsIgnoreCase(t, "fractie");
    return possible && MEMBERS_OPENING.matcher(t).lookingAt();
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
   * Every members' word pattern holds "leden", "fractie", "vragen" or "verzoeken": most text is ruled out cheaply, and
   * the search starts where the first match could.
   */
  private static boolean membersWords(String t) {
    int from = Integer.MAX_VALUE;
    int leden = Texts.indexOfIgnoreCase(t, "leden");
    if (leden >= 0) {
      from = leden - 4 - Texts.spacesBefore(t, leden); // "deze leden"
    }
    int fractie = Texts.indexOfIgnoreCase(t, "fractie");
    if (fractie >= 0) {
      from = Math.min(from, fractie);
    }
    int vragen = Texts.indexOfIgnoreCase(t, "vragen");
    if (vragen >= 0) {
      from = Math.min(from, vragen - 2 - Texts.spacesBefore(t, vragen)); // "zo vragen"
    }
    int verzoeken = Texts.indexOfIgnoreCase(t, "verzoeken");
    if (verzoeken >= 0) {
      from = Math.min(from, verzoeken);
    }
    return from != Integer.MAX_VALUE && findFrom(MEMBERS_WORDS, t, from);
  }

  /** Every government word pattern holds "kabinet", "kamer" or "ik" before white space. */
  private static boolean governmentWords(String t) {
    int from = Integer.MAX_VALUE;
    int kabinet = Texts.indexOfIgnoreCase(t, "kabinet");
    if (kabinet >= 0) {
      from = kabinet - 3 - Texts.spacesBefore(t, kabinet); // "het kabinet"
    }
    int kamer = Texts.indexOfIgnoreCase(t, "kamer");
    if (kamer >= 0) {
      from = Math.min(from, kamer - 2 - Texts.spacesBefore(t, kamer)); // "uw Kamer"
    }
    int ik = ikBeforeSpace(t);
    if (ik >= 0) {
      from = Math.min(from, ik); // "ik heb"
    }
    return from != Integer.MAX_VALUE && findFrom(GOVERNMENT_WORDS, t, from);
  }

  /**
   * Whether the pattern is found at or after {@code from}; the bounds are transparent, so that a word boundary at
   * {@code from} is judged on the text before it as well. No match can start before {@code from} by the callers'
   * reckoning: each starts a few letters and spaces before a word the match must hold.
   */
  private static boolean findFrom(Pattern pattern, String t, int from) {
    Matcher m = pattern.matcher(t);
    m.useTransparentBounds(true);
    m.region(Math.max(0, from), t.length());
    return m.find();
  }

  /** Where "ik" (any case) first stands before white space, or -1. */
  private static int ikBeforeSpace(String t) {
    int first = -1;
    for (int i = t.indexOf('k', 1); i > 0 && i + 1 < t.length(); i = t.indexOf('k', i + 1)) {
      if ((t.charAt(i - 1) == 'i' || t.charAt(i - 1) == 'I') && Texts.isSpace(t.charAt(i + 1))) {
        first = i - 1;
        break;
      }
    }
    for (int i = t.indexOf('K', 1); i > 0 && i + 1 < t.length() && (first < 0 || i - 1 < first); i = t.indexOf('K', i + 1)) {
      if ((t.charAt(i - 1) == 'i' || t.charAt(i - 1) == 'I') && Texts.isSpace(t.charAt(i + 1))) {
        first = i - 1;
        break;
      }
    }
    return first;
  }

  private static void cue(StringBuilder why, boolean fired, String name) {
    if (fired) {
      why.append(why.isEmpty() ? "" : ", ").append(name);
    }
  }
}
