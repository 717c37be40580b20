package nl.vraagbaak.parse;

/** Small text tests that run on every line, kept cheaper than a regular expression. */
final class Texts {

  private Texts() {}

  /** Whether {@code text} contains {@code lowerCaseNeedle}, ignoring the case of {@code text}. */
  static boolean containsIgnoreCase(String text, String lowerCaseNeedle) {
    int n = lowerCaseNeedle.length();
    if (n == 0) {
      return true;
    }
    char first = lowerCaseNeedle.charAt(0);
    char upper = Character.toUpperCase(first);
    for (int i = 0, last = text.length() - n; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || c == upper) && text.regionMatches(true, i + 1, lowerCaseNeedle, 1, n - 1)) {
        return true;
      }
    }
    return false;
  }

  /** White space as a regular expression's {@code \s} knows it. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The text stripped, with every run of white space as one space; the same string when nothing changes. */
  static String collapseSpaces(String text) {
    String s = text.strip();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c != ' ' && isSpace(c) || c == ' ' && i + 1 < n && isSpace(s.charAt(i + 1))) {
        return collapse(s, i);
      }
    }
    return s;
  }

  private static String collapse(String s, int from) {
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, from);
    boolean space = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
