package nl.vraagbaak.repair;

/** White space made plain without regular expressions: these run on every line. */
final class Spaces {

  private Spaces() {}

  /** White space as a regular expression's {@code \s} knows it. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@code s.replaceAll("\\s+", " ")}, returning {@code s} itself when nothing changes. */
  static String collapse(String s) {
    int n = s.length();
    if (s.indexOf("  ") < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\u000B') < 0 && s.indexOf('\f') < 0
        && s.indexOf('\r') < 0) {
      return s; // nothing to collapse, found with String.indexOf's vector search
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ') {
        continue; // no white space: the common case, tested first
      }
      if (c != ' ' && isSpace(c) || c == ' ' && i + 1 < n && isSpace(s.charAt(i + 1))) {
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
