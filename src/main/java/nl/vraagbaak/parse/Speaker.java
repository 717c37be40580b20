package nl.vraagbaak.parse;

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
    if (MEMBERS_OPENING.matcher(t).lookingAt()) {
      score += 3;
    }
    if (QUESTION_OPENING.matcher(t).lookingAt()) {
      score += 2;
    }
    if (t.indexOf('?') >= 0) {
      score += 3;
    }
    if (membersWords(t)) {
      score += 2;
    }
    if (GOVERNMENT_OPENING.matcher(t).lookingAt()) {
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
    return MEMBERS_OPENING.matcher(t).lookingAt() || QUESTION_OPENING.matcher(t).lookingAt();
  }

  /** Which cues fired, for debugging and tests. */
  static String explain(String text) {
    String t = text.strip();
    StringBuilder why = new StringBuilder();
    cue(why, MEMBERS_OPENING.matcher(t).lookingAt(), "members' opening +3");
    cue(why, QUESTION_OPENING.matcher(t).lookingAt(), "question opening +2");
    cue(why, t.indexOf('?') >= 0, "question mark +3");
    cue(why, membersWords(t), "members' words +2");
    cue(why, GOVERNMENT_OPENING.matcher(t).lookingAt(), "government opening -2");
    cue(why, governmentWords(t), "government words -2");
    return why.toString();
  }

  /** Every members' word pattern holds "leden", "fractie", "vragen" or "verzoeken": most text is ruled out cheaply. */
  private static boolean membersWords(String t) {
    boolean possible = Texts.containsIgnoreCase(t, "leden") || Texts.containsIgnoreCase(t, "fractie")
        || Texts.containsIgnoreCase(t, "vragen") || Texts.containsIgnoreCase(t, "verzoeken");
    return possible && MEMBERS_WORDS.matcher(t).find();
  }

  /** Every government word pattern holds "kabinet", "kamer" or "ik" before white space. */
  private static boolean governmentWords(String t) {
    boolean possible = Texts.containsIgnoreCase(t, "kabinet") || Texts.containsIgnoreCase(t, "kamer") || hasIkBeforeSpace(t);
    return possible && GOVERNMENT_WORDS.matcher(t).find();
  }

  private static boolean hasIkBeforeSpace(String t) {
    for (int i = t.indexOf('k', 1); i > 0 && i + 1 < t.length(); i = t.indexOf('k', i + 1)) {
      if ((t.charAt(i - 1) == 'i' || t.charAt(i - 1) == 'I') && Texts.isSpace(t.charAt(i + 1))) {
        return true;
      }
    }
    for (int i = t.indexOf('K', 1); i > 0 && i + 1 < t.length(); i = t.indexOf('K', i + 1)) {
      if ((t.charAt(i - 1) == 'i' || t.charAt(i - 1) == 'I') && Texts.isSpace(t.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static void cue(StringBuilder why, boolean fired, String name) {
    if (fired) {
      why.append(why.isEmpty() ? "" : ", ").append(name);
    }
  }
}
