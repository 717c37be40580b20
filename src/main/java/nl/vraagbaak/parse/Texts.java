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
    // Look for the needle's rarest letter with String.indexOf, which the JVM runs as a vector search, then compare
    // around each hit: most lines hold no such letter at all.
    int k = rarest(lowerCaseNeedle);
    char lower = lowerCaseNeedle.charAt(k);
    char upper = Character.toUpperCase(lower);
    return hasAround(text, lowerCaseNeedle, k, lower) || upper != lower && hasAround(text, lowerCaseNeedle, k, upper);
  }

  /** Dutch letters from rare to common. */
  private static final String RARITY = "qxyjzcwfbpvkhumgsdlitorane";

  private static int rarest(String needle) {
    int best = 0;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < needle.length(); i++) {
      int rank = RARITY.indexOf(needle.charAt(i));
      rank = rank < 0 ? RARITY.length() : rank;
      if (rank < bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
  }

  private static boolean hasAround(String text, String needle, int k, char c) {
    int n = needle.length();
    for (int p = text.indexOf(c, k); p >= 0 && p - k + n <= text.length(); p = text.indexOf(c, p + 1)) {
      if (text.regionMatches(true, p - k, needle, 0, n)) {
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
