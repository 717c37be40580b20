package nl.vraagbaak.parse;

import java.util.List;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Line;

/**
 * The close of a letter that ends right after its last answer: a closing sentence ("Ik vertrouw erop uw Kamer hiermee
 * voldoende te hebben geïnformeerd."), "Hoogachtend," and the signature ("De minister van Volkshuisvesting en
 * Ruimtelijke Ordening," and a name, "DE STAATSSECRETARIS VAN DEFENSIE"). It is no part of the answer it follows.
 */
final class Closing {

  /** Compiled once: {@code String.split/replaceAll/matches} compile their expression on every call. */
  private static final Pattern INITIAL_AT_END = Pattern.compile(".*(?:^|[\\s.])\\p{Lu}\\.$");

  private static final Pattern SALUTATION =
      Pattern.compile("(?i)^(?:hoogachtend|met\\s+(?:de\\s+meeste\\s+)?(?:vriendelijke\\s+)?(?:groet(?:en)?|hoogachting))\\s*,?$");

  /** "De minister van X,", "de staatssecretaris van Justitie en Veiligheid,", "DE MINISTER VAN DEFENSIE". */
  private static final Pattern SIGNATORY =
      Pattern.compile("(?i)^(?:de\\s+)?(?:minister|staatssecretaris|minister-president|minister\\s+voor\\s+\\S+)\\b.{0,100}$");

  /** A signature runs a few short lines: the office wrapped, initials and name. */
  private static final int MAX_LINES_AFTER = 5;

  private Closing() {}

  /** The answer's lines without a closing and signature at their end. */
  static List<Line> cut(List<Line> answer) {
    int after = 0;
    for (int i = answer.size() - 1; i > 0 && after <= MAX_LINES_AFTER; i--) {
      String text = answer.get(i).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (SALUTATION.matcher(text).matches()) {
        return LabeledLayout.trim(answer.subList(0, i));
      }
      if (signatory(text)) {
        int cutAt = i;
        int before = Headings.previousNonBlank(answer, i);
        if (before >= 0 && SALUTATION.matcher(answer.get(before).text().strip()).matches()) {
          cutAt = before;
          before = Headings.previousNonBlank(answer, before);
        }
        return LabeledLayout.trim(answer.subList(0, formulaStart(answer, before, cutAt)));
      }
      if (text.length() > 60 || text.endsWith("?") || text.endsWith(".") && !endsWithInitial(text)) {
        return answer;
      }
      after++;
    }
    return answer;
  }

  /**
   * Where a closing formula ("Ik vertrouw erop uw Kamer hiermee voldoende te hebben geïnformeerd.") that ends at line
   * {@code last} starts, when one does: it may wrap over a few lines. Else {@code otherwise}.
   */
  private static int formulaStart(List<Line> answer, int last, int otherwise) {
    if (last < 0 || !answer.get(last).text().strip().endsWith(".")) {
      return otherwise;
    }
    String joined = "";
    for (int k = last; k >= 0 && k > last - 3 && !answer.get(k).isBlank(); k--) {
      joined = answer.get(k).text().strip() + " " + joined;
      if (FORMULA.matcher(joined.strip()).matches()) {
        return k;
      }
    }
    return otherwise;
  }

  /** A letter's closing sentence: hoping or trusting the Kamer is informed ("hiermee voldoende geïnformeerd"). */
  private static final Pattern FORMULA =
      Pattern.compile(
          "(?i)^(?=[^.]{0,40}\\b(?:vertrouw|vertrouwen|hoop|hopen|hiermee)\\b)(?:ik|wij|we|hiermee|met\\s+deze\\s+brief)\\b[^.]{0,120}"
              + "\\b(?:ge\u00efnformeerd|geinformeerd|beantwoord)\\b[^.]{0,30}\\.$");

  private static boolean signatory(String text) {
    return SIGNATORY.matcher(text).matches() && (text.endsWith(",") || text.equals(text.toUpperCase(java.util.Locale.ROOT)));
  }

  /** "A.C.L. Rutte" ends in a name; "… afgerond." ends a sentence; only an initial before the dot is no sentence end. */
  private static boolean endsWithInitial(String text) {
    return INITIAL_AT_END.matcher(text).matches();
  }
}
