package nl.vraagbaak.parse;

import java.util.List;
import nl.vraagbaak.extract.Line;

/** Recognises short topic headings ("Defensiegereedheid", "5% NAVO Norm") standing on a line of their own. */
final class Headings {

  private Headings() {}

  /** Whether the line looks like a heading: short, no closing punctuation, no list bullet, not a page number. */
  static boolean looksLikeHeading(String line) {
    String text = line.strip();
    if (text.length() < 3 || text.length() > 70 || endsSentenceMark(text) || notAStart(text)) {
      return false;
    }
    if (!Character.isUpperCase(text.charAt(0)) && !Character.isDigit(text.charAt(0))) {
      return false;
    }
    return Texts.words(text) <= 7 && QaLabels.of(text) == null && AskerHeaders.of(text) == null;
  }

  /** As {@code text.matches(".*[.,;:?!…]$")}: no line terminator (which {@code .} does not match) and a closing mark. */
  private static boolean endsSentenceMark(String text) {
    return !text.isEmpty() && ".,;:?!…".indexOf(text.charAt(text.length() - 1)) >= 0 && !Texts.hasLineTerminator(text);
  }

  /**
   * As {@code text.matches("^(?:[-–•*·▪]|\\d+[.)]?\\s*$|\\(|\\[).*")}: a bullet or bracket first (and no line terminator after it), or a
   * number alone, maybe with "." or ")" and white space after it.
   */
  private static boolean notAStart(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if ("-–•*·▪([".indexOf(first) >= 0) {
      return !Texts.hasLineTerminator(text.substring(1));
    }
    int i = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == 0) {
      return false;
    }
    if (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
      i++;
    }
    while (i < text.length() && Texts.isSpace(text.charAt(i))) {
      i++;
    }
    return i == text.length();
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
    String text = line.strip(); // as text.matches(".*[.?!:;)”\"']$"), without compiling it on every call
    return text.isEmpty() || ".?!:;)”\"'".indexOf(text.charAt(text.length() - 1)) >= 0 && !Texts.hasLineTerminator(text);
  }
}
