package nl.vraagbaak.parse;

import java.util.List;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Line;

/** Recognises short topic headings ("Defensiegereedheid", "5% NAVO Norm") standing on a line of their own. */
final class Headings {

  private static final Pattern SENTENCE_END = Pattern.compile(".*[.,;:?!…]$");

  private static final Pattern NOT_A_START = Pattern.compile("^(?:[-–•*·▪]|\\d+[.)]?\\s*$|\\(|\\[).*");

  private Headings() {}

  /** Whether the line looks like a heading: short, no closing punctuation, no list bullet, not a page number. */
  static boolean looksLikeHeading(String line) {
    String text = line.strip();
    if (text.length() < 3 || text.length() > 70 || SENTENCE_END.matcher(text).matches() || NOT_A_START.matcher(text).matches()) {
      return false;
    }
    if (!Character.isUpperCase(text.charAt(0)) && !Character.isDigit(text.charAt(0))) {
      return false;
    }
    return text.split("\\s+").length <= 7 && QaLabels.of(text) == null && AskerHeaders.of(text) == null;
  }

  /** Index of the next non-blank line at or after {@code from}, or lines.size(). */
  static int nextNonBlank(List<Line> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /** Index of the previous non-blank line before {@code from}, or -1. */
  static int previousNonBlank(List<Line> lines, int from) {
    int i = from - 1;
    while (i >= 0 && lines.get(i).isBlank()) {
      i--;
    }
    return i;
  }

  /** Whether a text line closes a sentence (so that a short line after it can be a heading, not a wrapped tail). */
  static boolean endsSentence(String line) {
    String text = line.strip();
    return text.isEmpty() || text.matches(".*[.?!:;)”\"']$");
  }
}
