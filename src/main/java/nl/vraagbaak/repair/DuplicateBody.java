package nl.vraagbaak.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;

/**
 * Keeps a body that was printed twice once. Some documents carry their whole text a second time (a converted letter
 * followed by its attachment with the same content, differently spaced): the second copy is a long run of text lines
 * equal, blank lines and spacing aside, to an earlier run. Short repeats ("Zie het antwoord op vraag 1.") never reach
 * the length a copy needs, so they stay.
 */
final class DuplicateBody implements RepairStep {

  /** A second copy is at least this many text lines long ... */
  private static final int MIN_COPY_LINES = 20;

  /** ... and at least this share of all text lines (a fifth). */
  private static final int MIN_COPY_SHARE_DIVISOR = 5;

  /** Lines this short ("Antwoord", "Vraag 3") are too common to anchor a comparison. */
  private static final int MIN_ANCHOR_LENGTH = 20;

  /** A copy's letterhead after it has at most this many text lines. */
  private static final int MAX_TRAILING_HEAD_LINES = 6;

  /** How many earlier occurrences of a line are tried as the start of the first copy. */
  private static final int MAX_CANDIDATES = 4;

  @Override
  public Repaired apply(Repaired text) {
    List<Line> lines = text.lines();
    List<Integer> at = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        at.add(i);
      }
    }
    if (!mayHoldCopy(lines, at)) {
      return text;
    }
    List<String> normal = new ArrayList<>(at.size());
    for (int i : at) {
      normal.add(normalise(lines.get(i).text()));
    }
    int[] copy = secondCopy(normal);
    if (copy == null) {
      return text;
    }
    int end = copy[1];
    if (headRepeatedAfter(normal, copy[2], end)) {
      end = normal.size();
    }
    int from = at.get(copy[0]);
    int to = at.get(end - 1);
    return without(text, from, to);
  }

  /**
   * Whether the few text lines after the second copy all repeat lines of the document's head (before the first copy):
   * the copy's own letterhead ("Ministerie van Defensie"), which must not end the last answer.
   */
  static boolean headRepeatedAfter(List<String> lines, int firstCopyStart, int copyEnd) {
    int trailing = lines.size() - copyEnd;
    if (trailing == 0 || trailing > MAX_TRAILING_HEAD_LINES) {
      return false;
    }
    java.util.Set<String> head = new java.util.HashSet<>(lines.subList(0, firstCopyStart));
    return head.containsAll(lines.subList(copyEnd, lines.size()));
  }

  /**
   * The text-line range {@code [start, end)} of a second copy of an earlier run and where the first copy starts, as
   * {@code {start, end, firstStart}}, or null. One pass over the lines with
   * a map of earlier occurrences; a candidate is only followed as long as it keeps matching.
   */
  static int[] secondCopy(List<String> lines) {
    int n = lines.size();
    int minLength = minLength(n);
    if (n < 2 * minLength) {
      return null;
    }
    // The latest earlier occurrence of each line, and for each line the occurrence before it: a chain per line.
    Map<String, Integer> latest = new HashMap<>();
    int[] previous = new int[n];
    // Per offset j - i, the line up to which a run of equal lines was already followed and found too short: a later
    // anchor inside that run would only follow it again (which made a text of many repeated copies quadratic).
    Map<Integer, Integer> followedUntil = new HashMap<>();
    for (int j = 0; j < n; j++) {
      String line = lines.get(j);
      if (line.length() < MIN_ANCHOR_LENGTH) {
        continue;
      }
      Integer before = latest.put(line, j);
      previous[j] = before == null ? -1 : before;
      int candidates = 0;
      for (int earlier = previous[j]; earlier >= 0 && candidates < MAX_CANDIDATES; earlier = previous[earlier], candidates++) {
        int i = earlier;
        int offset = j - i;
        if (followedUntil.getOrDefault(offset, -1) > j) {
          continue;
        }
        int length = 0;
        while (j + length < n && i + length < j && lines.get(i + length).equals(lines.get(j + length))) {
          length++;
        }
        int start = j;
        while (i > 0 && start - 1 >= i + length && lines.get(i - 1).equals(lines.get(start - 1))) {
          i--;
          start--;
          length++;
        }
        if (length >= minLength) {
          return new int[] {start, start + length, i};
        }
        followedUntil.put(offset, start + length);
      }
    }
    return null;
  }

  private static Repaired without(Repaired text, int from, int to) {
    List<Line> lines = text.lines();
    List<Line> kept = new ArrayList<>(lines.size() - (to - from + 1));
    kept.addAll(lines.subList(0, from));
    kept.addAll(lines.subList(to + 1, lines.size()));
    int firstSource = lines.get(from).sourceLine();
    int lastSource = lines.get(to).sourceLine();
    List<Footnote> footnotes = new ArrayList<>(text.footnotes());
    footnotes.removeIf(f -> f.sourceLine() >= firstSource && f.sourceLine() <= lastSource);
    List<Issue> issues = new ArrayList<>(text.issues());
    issues.add(Issue.warning("body printed twice; second copy at line " + firstSource + " ignored", firstSource));
    return new Repaired(kept, footnotes, issues);
  }

  /**
   * Whether the text lines may hold a second copy, tested cheaply: a copy is a run of at least {@code minLength} text
   * lines, each equal to an earlier line, so it holds a line whose index is a multiple of {@code minLength}. When none
   * of those lines has an earlier line of the same normal form (compared by hash, which may only err towards "maybe"),
   * there is no copy, and most documents are spared building and mapping every line's normal form.
   */
  private static boolean mayHoldCopy(List<Line> lines, List<Integer> at) {
    int n = at.size();
    int minLength = minLength(n);
    if (n < 2 * minLength) {
      return false;
    }
    int[] hashes = new int[n];
    for (int k = 0; k < n; k++) {
      hashes[k] = normalHash(lines.get(at.get(k)).text());
    }
    for (int probe = minLength; probe < n; probe += minLength) {
      for (int earlier = 0; earlier < probe; earlier++) {
        if (hashes[earlier] == hashes[probe]) {
          return true;
        }
      }
    }
    return false;
  }

  private static int minLength(int textLines) {
    return Math.max(MIN_COPY_LINES, textLines / MIN_COPY_SHARE_DIVISOR);
  }

  /** {@code normalise(line).hashCode()}, without building the normal form. */
  static int normalHash(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    int hash = 0;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      if (Spaces.isSpace(c)) {
        space = true;
      } else {
        if (space) {
          hash = 31 * hash + ' ';
          space = false;
        }
        hash = 31 * hash + c;
      }
    }
    return space ? 31 * hash + ' ' : hash;
  }

  /** The line without surrounding space and with every run of white space as one space. */
  static String normalise(String line) {
    return Spaces.collapse(line.strip());
  }
}
