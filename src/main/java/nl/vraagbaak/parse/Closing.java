package nl.vraagbaak.parse;

import java.util.List;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Line;

/**
 * The close of a letter that ends right after its last answer: "Hoogachtend," and the signature ("De minister van
 * Volkshuisvesting en Ruimtelijke Ordening," and a name, "DE STAATSSECRETARIS VAN DEFENSIE"). It is no part of the
 * answer it follows.
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
        int before = Headings.previousNonBlank(answer, i);
        boolean greeted = before >= 0 && SALUTATION.matcher(answer.get(before).text().strip()).matches();
        return LabeledLayout.trim(answer.subList(0, greeted ? before : i));
      }
      if (text.length() > 60 || text.endsWith("?") || text.endsWith(".") && !endsWithInitial(text)) {
        return answer;
      }
      after++;
    }
    return answer;
  }

  private static boolean signatory(String text) {
    return SIGNATORY.matcher(text).matches() && (text.endsWith(",") || text.equals(text.toUpperCase(java.util.Locale.ROOT)));
  }

  /** "A.C.L. Rutte" ends in a name; "… afgerond." ends a sentence; only an initial before the dot is no sentence end. */
  private static boolean endsWithInitial(String text) {
    return INITIAL_AT_END.matcher(text).matches();
  }
}
