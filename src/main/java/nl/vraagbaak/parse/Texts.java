package nl.vraagbaak.parse;

/** Small text tests that run on every line, kept cheaper than a regular expression. */
final class Texts {

  private Texts() {}

  /** Whether {@code text} contains {@code lowerCaseNeedle}, ignoring the case of {@code text}. */
  static boolean containsIgnoreCase(String text, String lowerCaseNeedle) {
    int n = lowerCaseNeedle.length();
    for (int i = 0, last = text.length() - n; i <= last; i++) {
      if (text.regionMatches(true, i, lowerCaseNeedle, 0, n)) {
        return true;
      }
    }
    return false;
  }
}
