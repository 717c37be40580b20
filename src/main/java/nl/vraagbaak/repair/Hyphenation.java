package nl.vraagbaak.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.vraagbaak.extract.Line;

/**
 * Rejoins words split by a hyphen at the end of a line: "verde-" + "diging" is "verdediging". The hyphen stays where
 * it belongs to the word: after a capital, an abbreviation or a number ("EU-lidstaten", "Secretaris-Generaal",
 * "1,5%-norm"), between two vowels that Dutch spelling keeps apart ("defensie-uitgaven", "sanctie-instrument"), where
 * the dictionary lists the hyphenated form, where the next part has a hyphen itself ("staakt-het-vuren"), and before
 * "en"/"of" ("wet- en regelgeving"). A soft hyphen (U+00AD) is
 * never part of a word: at a line end it joins, elsewhere it goes.
 *
 * <p>Why two halves that are both words are still joined: Dutch writes compounds as one word ("samenwerking",
 * "veiligheidsbeleid", "handelingsvermogen"), and typesetting prefers to break them exactly between their parts, so
 * "both halves are words" is the common case of a split, not a sign of a hyphen.
 *
 * <p>The word moves up to the line it started on, which keeps its provenance; a line left empty goes.
 */
final class Hyphenation implements RepairStep {

  private static final char SOFT_HYPHEN = '\u00AD';

  /** Words after which Dutch keeps the hyphen in a compound: "niet-militaire", "oud-minister", "ex-partner". */
  private static final Set<String> HYPHEN_HEADS = Set.of("niet", "oud", "ex", "non", "co", "anti", "pro", "semi", "zelf");

  /** Words that follow a hyphen ending a compound part that is shared: "wet- en regelgeving", "in- of uitvoer". */
  private static final Set<String> CONJUNCTIONS = Set.of("en", "of", "tot", "noch", "dan", "als", "t/m", "&");

  /** Vowel pairs that Dutch reads as one sound. */
  private static final Set<String> MERGING_VOWELS =
      Set.of("aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe", "oi", "oo", "ou", "ui", "uu");

  private final Supplier<Words> words;

  /** With the system's Dutch dictionary, loaded on first use. */
  Hyphenation() {
    this(Words::dutch);
  }

  Hyphenation(Supplier<Words> words) {
    this.words = words;
  }

  @Override
  public Repaired apply(Repaired text) {
    Joining joining = new Joining(text.lines().size());
    for (Line line : text.lines()) {
      joining.take(line);
    }
    List<Line> out = joining.lines();
    return joining.changed ? text.withLines(out) : text;
  }

  /**
   * The lines of one text as they are taken, one call per line: a short process runs this loop once, so a loop body
   * would stay interpreted, while a method called for every line is compiled after a few hundred.
   */
  private final class Joining {

    private final List<Line> out;
    private boolean changed;
    private Words dictionary;
    /** A line that ends on a split, waiting for the line that carries on its word. */
    private Line pending;

    Joining(int lines) {
      out = new ArrayList<>(lines);
    }

    void take(Line line) {
      Line current = line;
      if (current.text().indexOf(SOFT_HYPHEN) >= 0) {
        current = withoutInnerSoftHyphens(current);
        changed = true;
      }
      if (pending != null) {
        if (dictionary == null) {
          dictionary = words.get();
        }
        Line[] joined = join(pending, current, dictionary);
        if (joined != null) {
          changed = true;
          if (joined[1] == null) {
            pending = joined[0];
            if (!endsWithSplit(pending.text())) {
              out.add(pending);
              pending = null;
            }
            return;
          }
          out.add(joined[0]);
          pending = null;
          current = joined[1];
        } else {
          out.add(pending);
          pending = null;
        }
      }
      if (endsWithSplit(current.text())) {
        pending = current;
      } else {
        out.add(current);
      }
    }

    List<Line> lines() {
      if (pending != null) {
        out.add(pending);
        pending = null;
      }
      return out;
    }
  }

  /** Whether a line ends on a hyphen glued to a word or number ("verde-", "EU-", "501-"), or on a soft hyphen. */
  static boolean endsWithSplit(String line) {
    int n = line.length();
    if (n < 2) {
      return false;
    }
    char last = line.charAt(n - 1);
    boolean hyphen = last == '-' || last == '–' || last == '\u2011' || last == SOFT_HYPHEN;
    char before = line.charAt(n - 2);
    return hyphen && (Character.isLetterOrDigit(before) || before == '%' || before == ')');
  }

  /**
   * The two lines with the word's second half moved to the first line, or null when the next line does not carry
   * on the word. The second result is null when nothing is left of the next line.
   */
  private static Line[] join(Line first, Line next, Words dictionary) {
    String rest = next.text().stripLeading();
    if (rest.isEmpty() || !(Character.isLetterOrDigit(rest.charAt(0)))) {
      return null;
    }
    int space = rest.indexOf(' ');
    String tail = space < 0 ? rest : rest.substring(0, space);
    String remainder = space < 0 ? "" : rest.substring(space + 1).stripLeading();
    String line = first.text();
    String head = lastWord(line.substring(0, line.length() - 1));
    String kept = line.substring(0, line.length() - 1);
    String joined;
    if (line.charAt(line.length() - 1) == SOFT_HYPHEN) {
      joined = kept.concat(tail);
    } else if (CONJUNCTIONS.contains(tail)) {
      joined = line.concat(" ").concat(tail);
    } else if (tail.indexOf('-') > 0) {
      joined = line.concat(tail);
    } else {
      char hyphen = line.charAt(line.length() - 1) == '\u2011' ? '-' : line.charAt(line.length() - 1);
      joined = keepsHyphen(head, letters(tail), dictionary) ? kept.concat(String.valueOf(hyphen)).concat(tail) : kept.concat(tail);
    }
    Line merged = first.withText(joined);
    return new Line[] {merged, remainder.isEmpty() ? null : next.withText(remainder)};
  }

  /** Whether "head-tail" is written with its hyphen; see the class comment for the rules. */
  static boolean keepsHyphen(String head, String tail, Words dictionary) {
    if (head.isEmpty() || tail.isEmpty() || !isWord(head) || !Character.isLowerCase(tail.charAt(0))) {
      return true;
    }
    boolean capitalised = Character.isUpperCase(head.charAt(0));
    if (dictionary.knows(head.concat("-").concat(tail))) {
      return true;
    }
    if (dictionary.knows(head.concat(tail))) {
      return false; // a word that merely starts like a head: "pro-cent", "co-alitie", "zelf-standig"
    }
    if (!capitalised && HYPHEN_HEADS.contains(head)) {
      return true;
    }
    if (vowelsWouldMerge(head, tail)) {
      return true;
    }
    return capitalised && dictionary.knows(head) && dictionary.knows(tail);
  }

  /**
   * Whether the last vowel of the head and the first of the tail would read as one sound when written together
   * ("defensieuitgaven" would read "eu"): Dutch spelling then writes a hyphen. Vowels that do not merge ("ea" in
   * "politieagent") are written together.
   */
  static boolean vowelsWouldMerge(String head, String tail) {
    String pair = head.substring(head.length() - 1).concat(tail.substring(0, 1)).toLowerCase(java.util.Locale.ROOT);
    return MERGING_VOWELS.contains(pair);
  }

  /** A word in letters only, all lower case after an optional capital: not "EU", "NAVO", "B61" or "1,5%". */
  private static boolean isWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) || (i > 0 && !Character.isLowerCase(c))) {
        return false;
      }
    }
    return true;
  }

  /** The word before the end of the line: the characters after the last space, hyphen or bracket. */
  private static String lastWord(String s) {
    int i = s.length();
    while (i > 0 && " -–(\"'‘“/".indexOf(s.charAt(i - 1)) < 0) {
      i--;
    }
    return s.substring(i);
  }

  /** The word without the punctuation after it: "werking." is "werking". */
  private static String letters(String tail) {
    int end = 0;
    while (end < tail.length() && (Character.isLetter(tail.charAt(end)))) {
      end++;
    }
    return tail.substring(0, end);
  }

  private static Line withoutInnerSoftHyphens(Line line) {
    String s = line.text();
    boolean atEnd = s.charAt(s.length() - 1) == SOFT_HYPHEN;
    String cleaned = s.replace(String.valueOf(SOFT_HYPHEN), "");
    return line.withText(atEnd ? cleaned + SOFT_HYPHEN : cleaned);
  }
}
