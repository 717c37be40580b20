package nl.vraagbaak.parse;

/** Small text tests that run on every line, kept cheaper than a regular expression. */
final class Texts {

  private Texts() {}

  /** Whether {@code text} contains {@code lowerCaseNeedle}, ignoring the case of {@code text}. */
  static boolean containsIgnoreCase(String text, String lowerCaseNeedle) {
    if (lowerCaseNeedle.isEmpty()) {
      return true;
    }
    int k = rarest(lowerCaseNeedle);
    char lower = lowerCaseNeedle.charAt(k);
    char upper = Character.toUpperCase(lower);
    return firstAround(text, lowerCaseNeedle, k, lower, 0) >= 0 || upper != lower && firstAround(text, lowerCaseNeedle, k, upper, 0) >= 0;
  }

  /**
   * Where {@code text} first contains {@code lowerCaseNeedle}, ignoring case as {@link String#regionMatches(boolean,
   * int, String, int, int)} does (which finds at least what a regular expression's ASCII {@code (?i)} finds), or -1.
   */
  static int indexOfIgnoreCase(String text, String lowerCaseNeedle) {
    return indexOfIgnoreCase(text, lowerCaseNeedle, 0);
  }

  /** As {@link #indexOfIgnoreCase(String, String)}, from index {@code from} on. */
  static int indexOfIgnoreCase(String text, String lowerCaseNeedle, int from) {
    int n = lowerCaseNeedle.length();
    if (n == 0) {
      return from;
    }
    // Look for the needle's rarest letter with String.indexOf, which the JVM runs as a vector search, then compare
    // around each hit: most lines hold no such letter at all.
    int k = rarest(lowerCaseNeedle);
    char lower = lowerCaseNeedle.charAt(k);
    char upper = Character.toUpperCase(lower);
    int found = firstAround(text, lowerCaseNeedle, k, lower, from);
    if (upper != lower) {
      int other = firstAround(text, lowerCaseNeedle, k, upper, from);
      if (other >= 0 && (found < 0 || other < found)) {
        found = other;
      }
    }
    return found;
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

  private static int firstAround(String text, String needle, int k, char c, int from) {
    int n = needle.length();
    for (int p = text.indexOf(c, from + k); p >= 0 && p - k + n <= text.length(); p = text.indexOf(c, p + 1)) {
      if (text.regionMatches(true, p - k, needle, 0, n)) {
        return p - k;
      }
    }
    return -1;
  }

  /** The number of white space characters ({@link #isSpace}) right before {@code at}. */
  static int spacesBefore(String text, int at) {
    int i = at;
    while (i > 0 && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return at - i;
  }

  /**
   * Whether, after white space (as {@link String#strip} knows it), the text starts with one of the lower-case
   * {@code words}, ignoring case. A necessary condition of a regular expression anchored at the line's start, tested
   * in place of a scan of the whole line.
   */
  static boolean startsWithAnyIgnoreCase(String text, String... words) {
    int i = firstNonWhitespace(text);
    if (i == text.length()) {
      return false;
    }
    // the first character folded as regionMatches folds it: only words that start with it can match
    char first = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
    for (String word : words) {
      if (word.charAt(0) == first && text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first character that is no white space ({@link Character#isWhitespace}), or the length. */
  static int firstNonWhitespace(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The length of the text without a final line terminator that is no {@code \s} (U+0085, U+2028, U+2029): where a
   * regular expression's {@code $} may match besides the very end.
   */
  static int endBeforeFinalTerminator(String text) {
    int end = text.length();
    if (end > 0) {
      char last = text.charAt(end - 1);
      if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
        end--;
      }
    }
    return end;
  }

  /** Whether the text holds a character that a regular expression's {@code .} does not match. */
  static boolean hasLineTerminator(String text) {
    return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0
        || text.indexOf('\u2029') >= 0;
  }

  /** As {@code text.split("\\s+").length} for a text that does not start with white space: its runs of other characters. */
  static int words(String text) {
    if (text.isEmpty()) {
      return 1;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = isSpace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /**
   * The text with the ASCII capitals A-Z in lower case and every other character as it is (so every index stays): a
   * plain String.indexOf in it finds a word exactly where a regular expression's ASCII {@code (?i)} would.
   */
  static String asciiLowerCase(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && (text.charAt(i) < 'A' || text.charAt(i) > 'Z')) {
      i++;
    }
    if (i == n) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (; i < n; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /** White space as a regular expression's {@code \s} knows it. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The text stripped, with every run of white space as one space; the same string when nothing changes. */
  static String collapseSpaces(String text) {
    String s = text.strip();
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
