package nl.vraagbaak.repair;

/** White space made plain without regular expressions: these run on every line. */
final class Spaces {

  private Spaces() {}

  /** White space as a regular expression's {@code \s} knows it. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@code s.replaceAll("\\s+", " ")}, returning {@code s} itself when nothing changes. One pass: six vectorised
   * {@code indexOf} searches won once the optimising compiler had them, but cost six passes in a short run.
   */
  static String collapse(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c <= ' ' && (c != ' ' ? isSpace(c) : i + 1 < n && isSpace(s.charAt(i + 1)))) {
        return collapseFrom(s, i);
      }
    }
    return s;
  }

  private static String collapseFrom(String s, int from) {
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
    if (space) {
      out.append(' ');
    }
    return out.toString();
  }
}
