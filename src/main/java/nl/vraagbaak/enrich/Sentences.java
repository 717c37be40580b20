package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts repaired text into sentences, without cutting after the abbreviations of the field ("nr. 267", "c.s. De"). A
 * sentence ends at . ! ? (or a closing quote or bracket after one) before white space and a capital, digit, opening
 * quote or bracket, at the end of the text, and at a blank line. Written out by hand: it runs on every answer.
 */
final class Sentences {

  /** Words after which a full stop does not end the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("nr", "nrs", "o.a", "c.s", "cs", "d.d", "jl", "t.a.v", "i.v.m", "m.b.t", "mln", "mld", "bijv", "incl", "art",
          "blz", "p", "ca", "resp", "vgl", "zgn", "m.n", "e.d", "mr", "dhr", "mevr", "drs", "dr", "prof", "ir", "min", "e.a",
          "i.p.v", "n.a.v", "t/m", "z.s.m", "v.w.b");

  private static final String CLOSERS = "”\"')]";

  private static final String OPENERS = "“\"‘'(";

  private Sentences() {}

  static List<String> of(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return sentences;
    }
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > '?') {
        continue; // letters and most signs: neither a line end nor . ! ?
      }
      if (c == '\n') {
        int j = i + 1;
        while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < n && text.charAt(j) == '\n') {
          add(sentences, text, start, i);
          start = j + 1;
          i = j;
        }
        continue;
      }
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      if (end < n && CLOSERS.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      int next = end;
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < n) {
        char after = text.charAt(next);
        if (next == end || !(Character.isUpperCase(after) || Character.isDigit(after) || OPENERS.indexOf(after) >= 0)) {
          continue;
        }
      }
      if (c == '.' && endsWithAbbreviation(text, i)) {
        continue;
      }
      add(sentences, text, start, end);
      start = end;
      i = end - 1;
    }
    add(sentences, text, start, n);
    return sentences;
  }

  private static boolean endsWithAbbreviation(String text, int dot) {
    int from = dot;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
      from--;
    }
    if (dot - from > 7) {
      return false;
    }
    String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
  }

  /** The sentence between from and to, its white space runs made single spaces. */
  private static void add(List<String> sentences, String text, int from, int to) {
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return;
    }
    if (singleSpaces(text, from, to)) {
      sentences.add(text.substring(from, to)); // most sentences: nothing to replace
      return;
    }
    StringBuilder s = new StringBuilder(to - from);
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = s.length() > 0;
      } else {
        if (space) {
          s.append(' ');
          space = false;
        }
        s.append(c);
      }
    }
    if (s.length() > 0) {
      sentences.add(s.toString());
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  /** Whether every white space char between from and to is a plain space between two others. */
  private static boolean singleSpaces(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        char next = text.charAt(i + 1);
        if (next <= ' ' || next >= '\u0085' && isSpace(next)) {
          return false; // a space before a space, or before a control char (which may be white space): the long way
        }
      } else if (c < ' ' || c >= '\u0085' && isSpace(c)) {
        return false;
      }
    }
    return true;
  }
}
