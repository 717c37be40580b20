package nl.vraagbaak.repair;

import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.extract.Line;

/**
 * Takes the footnotes that a PDF prints at the bottom of its pages out of the flow of text. A footnote block starts
 * after a blank line (or, referenced and ending the page, right after the text) with "N text", where N continues the document's numbering, and runs over further footnotes and
 * their continuation lines up to a blank line, an indented line or the next page (a new page begins) or the end. A block counts when
 * the text before it carries a reference to one of its numbers glued to a word ("Defensie.1", "gebieden2") or when a
 * page break follows it. The glued reference becomes {@link Footnote#reference}; a number after a space ("in 2035",
 * "artikel 5") or inside a code ("G7", "F35") is never a reference.
 */
final class PageFootnotes implements RepairStep {

  /** The next footnote number may skip this many (footnotes lost in extraction), not more. */
  private static final int MAX_SKIP = 4;

  /** A footnote continues over at most this many lines. */
  private static final int MAX_CONTINUATION = 6;

  /**
   * A glued reference: where in which line, and which number. A weak one follows a word in capitals ("het CPB1"): it
   * may be a code ("MH17"), so it never makes a block a footnote, but it is the reference of a footnote found anyway.
   */
  private record Ref(int line, int start, int end, int number, boolean weak) {}

  /** A footnote found: its number, text and the line where it starts. */
  private record Found(int number, String text, int line) {}

  @Override
  public Repaired apply(Repaired text) {
    List<Line> lines = text.lines();
    Pages.Break[] breakAt = Pages.breakAt(lines, Pages.breaks(lines));
    boolean[] drop = new boolean[lines.size()];
    List<Ref> pending = new ArrayList<>();
    List<Ref> chosen = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    int last = 0;
    for (int i = 0; i < lines.size(); i++) {
      int before = found.size();
      boolean spaced = i > 0 && lines.get(i - 1).isBlank();
      int end = spaced || i > 0 && footnoteNumber(lines.get(i).text()) > 0 ? block(lines, i, last, pending, breakAt, found, spaced) : i;
      if (end > i) {
        for (int k = i; k < end; k++) {
          drop[k] = true;
        }
        last = found.getLast().number();
        choose(pending, found.subList(before, found.size()), chosen);
        pending.clear();
        i = end - 1;
      } else {
        collectRefs(lines.get(i).text(), i, pending);
      }
    }
    return found.isEmpty() ? text : rebuild(text, drop, chosen, found);
  }

  /**
   * The end (exclusive) of a footnote block starting at {@code start}, adding its footnotes to {@code found}; or
   * {@code start} when none starts there.
   */
  private static int block(
      List<Line> lines, int start, int last, List<Ref> pending, Pages.Break[] breakAt, List<Found> found, boolean spaced) {
    int number = footnoteNumber(lines.get(start).text());
    if (number <= last || (number > last + 1 + MAX_SKIP && !hasRef(pending, number))) {
      return start;
    }
    List<Found> block = new ArrayList<>();
    int i = start;
    int expected = number;
    boolean referenced = false;
    while (i < lines.size()) {
      String s = lines.get(i).text();
      int n = footnoteNumber(s);
      if (n != expected) {
        break;
      }
      referenced |= hasRef(pending, n);
      int end = continuation(lines, i + 1);
      StringBuilder body = new StringBuilder(s.strip().substring(Integer.toString(n).length()).strip());
      for (int k = i + 1; k < end; k++) {
        appendContinuation(body, lines.get(k).text().strip());
      }
      block.add(new Found(n, body.toString(), i));
      i = end;
      expected = n + 1;
    }
    if (!referenced && (!pageEndsAfter(lines, i, breakAt) || asks(block))) {
      return start; // unreferenced, a block is a footnote only at a page's end, and a note asks nothing ("4 Welke …?")
    }
    if (!spaced && !(referenced && pageEndsAfter(lines, i, breakAt))) {
      return start; // without a blank line before it (a PDF's uniform line spacing) a block must be referenced and end the page
    }
    found.addAll(block);
    return i;
  }

  /**
   * Whether a note asks something: a question mark that ends it or a sentence in it ("… bedragen? 12 13" is a list's
   * question with its page columns); a web address's "?id=" is no question.
   */
  private static boolean asks(List<Found> block) {
    for (Found f : block) {
      String t = f.text().stripTrailing();
      for (int at = t.indexOf('?'); at >= 0; at = t.indexOf('?', at + 1)) {
        if (at == t.length() - 1 || t.charAt(at + 1) == ' ') {
          return true;
        }
      }
    }
    return false;
  }

  /** A broken address ("…/to-the-" + "injured/") continues without a space; words do with one. */
  private static void appendContinuation(StringBuilder body, String next) {
    char last = body.charAt(body.length() - 1);
    int token = body.lastIndexOf(" ") + 1;
    boolean address = body.indexOf("://", token) >= 0 || body.indexOf("www.", token) >= 0;
    if (!(address && (last == '-' || last == '/'))) {
      body.append(' ');
    }
    body.append(next);
  }

  /**
   * Where the lines continuing a footnote end: they are unindented, not a next footnote, and are followed within
   * {@link #MAX_CONTINUATION} lines by a blank line, an indented line, a next footnote or the end; otherwise the
   * footnote is one line.
   */
  private static int continuation(List<Line> lines, int from) {
    int page = lines.get(from - 1).page();
    for (int i = from; i <= from + MAX_CONTINUATION; i++) {
      if (i == lines.size()) {
        return i;
      }
      String s = lines.get(i).text();
      boolean nextPage = page > 0 && lines.get(i).page() != page;
      if (nextPage || s.isBlank() || Character.isWhitespace(s.charAt(0)) || footnoteNumber(s) > 0 || pageNumber(s)) {
        return i;
      }
    }
    return from;
  }

  /** A number alone on its line, below the footnotes: the page's number, no part of the last footnote. */
  private static boolean pageNumber(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.length() > 3) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean pageEndsAfter(List<Line> lines, int i, Pages.Break[] breakAt) {
    if (i >= lines.size()) {
      return true;
    }
    if (breakAt[i] != null) {
      return true;
    }
    int page = lines.get(i - 1).page();
    for (int k = i; k < lines.size(); k++) {
      if (!lines.get(k).isBlank() && !pageNumber(lines.get(k).text())) {
        return page > 0 && lines.get(k).page() != page;
      }
    }
    return true;
  }

  /** The number N of a line "N text" (1 to 3 digits, then a space, then text), else -1. */
  static int footnoteNumber(String s) {
    int i = 0;
    while (i < s.length() && i < 3 && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i == 0 || i + 1 >= s.length() || s.charAt(i) != ' ' || s.charAt(i + 1) == ' ' || s.charAt(0) == '0') {
      return -1;
    }
    return Integer.parseInt(s, 0, i, 10);
  }

  private static boolean hasRef(List<Ref> refs, int number) {
    for (Ref ref : refs) {
      if (ref.number() == number && !ref.weak()) {
        return true;
      }
    }
    return false;
  }

  /** For each footnote of a block, the last glued reference to its number before it, a weak one only when no other. */
  private static void choose(List<Ref> pending, List<Found> block, List<Ref> chosen) {
    for (Found footnote : block) {
      Ref weak = null;
      Ref strong = null;
      for (int r = pending.size() - 1; r >= 0 && strong == null; r--) {
        Ref ref = pending.get(r);
        if (ref.number() == footnote.number()) {
          if (ref.weak()) {
            weak = weak == null ? ref : weak;
          } else {
            strong = ref;
          }
        }
      }
      if (strong != null || weak != null) {
        chosen.add(strong != null ? strong : weak);
      }
    }
  }

  /**
   * Finds the references glued to a word in a line of text: 1 to 3 digits right after a word that has a lower-case
   * letter (so not "G7", "F35", "S300"), or after a punctuation mark that follows such a word or a closing bracket
   * ("jl.1", "c.s.7", "(2022).4"), or after a closing bracket that follows a letter ("(DSA)2"), and followed by a space, punctuation or the end. Not after "nr." or "art.". Also a
   * number after a sentence's end and a space that ends the line ("in Iran? 18").
   */
  static void collectRefs(String s, int line, List<Ref> into) {
    looseRefAtEnd(s, line, into);
    int digit = firstDigit(s);
    if (digit < 0) {
      return; // most lines: no number at all
    }
    for (int i = Math.max(1, digit); i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9' || Character.isDigit(s.charAt(i - 1))) {
        continue;
      }
      int end = i;
      while (end < s.length() && Character.isDigit(s.charAt(end))) {
        end++;
      }
      if (end - i <= 3 && endsReference(s, end)) {
        if (gluedToWord(s, i)) {
          into.add(new Ref(line, i, end, Integer.parseInt(s, i, end, 10), false));
        } else if (gluedToCapitals(s, i)) {
          into.add(new Ref(line, i, end, Integer.parseInt(s, i, end, 10), true));
        }
      }
      i = end;
    }
  }

  /** The index of the first digit 0-9 in the line, or -1. */
  private static int firstDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= '9' && c >= '0') {
        return i;
      }
    }
    return -1;
  }

  /**
   * A reference set apart by a space after the sentence's end, as the last thing on the line: "… in Iran? 18". A
   * sentence never ends on a bare number after its full stop, so this is no number of the text.
   */
  private static void looseRefAtEnd(String s, int line, List<Ref> into) {
    int end = s.length();
    int start = end;
    while (start > 0 && Character.isDigit(s.charAt(start - 1))) {
      start--;
    }
    if (start == end || end - start > 3 || start < 3 || s.charAt(start - 1) != ' ') {
      return;
    }
    char mark = s.charAt(start - 2);
    if ((mark == '?' || mark == '!' || mark == '.') && Character.isLetter(s.charAt(start - 3))) {
      into.add(new Ref(line, start - 1, end, Integer.parseInt(s, start, end, 10), false));
    }
  }

  private static boolean endsReference(String s, int end) {
    if (end == s.length()) {
      return true;
    }
    char c = s.charAt(end);
    if (Character.isWhitespace(c)) {
      return true;
    }
    boolean punctuation = c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '?' || c == '!';
    return punctuation && (end + 1 == s.length() || Character.isWhitespace(s.charAt(end + 1)));
  }

  private static boolean gluedToWord(String s, int digit) {
    int w = digit - 1;
    char before = s.charAt(w);
    if (!Character.isLetter(before)) {
      boolean punctuation = ".,;:?!)’”»\"'".indexOf(before) >= 0;
      if (!punctuation || w == 0) {
        return false;
      }
      w--;
      if (s.charAt(w) == ')' || before == ')' && Character.isLetter(s.charAt(w))) {
        return true; // "(2022).4", and an abbreviation in brackets: "(DSA)2"
      }
      int quoted = w;
      while (w > 0 && "»”’\"'".indexOf(s.charAt(w)) >= 0) {
        w--; // a quotation closed before the mark: "het bericht «…»?1"
      }
      if (w < quoted && w > 0 && (s.charAt(w) == '?' || s.charAt(w) == '!')) {
        w--; // a quoted title that asks: "het artikel «Wie betaalt …?»?1"
      }
      while (w >= 0 && s.charAt(w) == '.' && w > 0) {
        w--;
      }
    }
    int wordEnd = w + 1;
    while (w >= 0 && (Character.isLetter(s.charAt(w)) || s.charAt(w) == '.')) {
      w--;
    }
    String word = s.substring(w + 1, wordEnd);
    return hasLowerCase(word) && !isNumberLabel(word);
  }

  /** Digits right after a word of two or more capitals that starts after a space: "het CPB1", not "G7" or "B-52". */
  private static boolean gluedToCapitals(String s, int digit) {
    int w = digit;
    while (w > 0 && Character.isUpperCase(s.charAt(w - 1))) {
      w--;
    }
    return digit - w >= 2 && (w == 0 || s.charAt(w - 1) == ' ');
  }

  private static boolean hasLowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Words after which a glued number is a number, not a reference: "nr.32", "art.5", "blz.3". */
  private static boolean isNumberLabel(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT).replace(".", "");
    return switch (w) {
      case "nr", "nrs", "no", "art", "artikel", "lid", "blz", "p", "pag", "sub", "vraag", "versie", "fase" -> true;
      default -> false;
    };
  }

  private static Repaired rebuild(Repaired text, boolean[] drop, List<Ref> chosen, List<Found> found) {
    List<Line> lines = text.lines();
    String[] rewritten = new String[lines.size()];
    chosen.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(b.start(), a.start()));
    for (Ref ref : chosen) {
      String s = rewritten[ref.line()] != null ? rewritten[ref.line()] : lines.get(ref.line()).text();
      rewritten[ref.line()] = s.substring(0, ref.start()) + Footnote.reference(Integer.toString(ref.number())) + s.substring(ref.end());
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (!drop[i]) {
        out.add(rewritten[i] == null ? lines.get(i) : lines.get(i).withText(rewritten[i]));
      }
    }
    List<Footnote> footnotes = new ArrayList<>(text.footnotes());
    for (Found f : found) {
      footnotes.add(new Footnote(Integer.toString(f.number()), f.text(), lines.get(f.line()).sourceLine()));
    }
    return new Repaired(out, footnotes, text.issues());
  }
}
