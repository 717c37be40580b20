package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Answers reused verbatim or nearly so. Across documents the store compares {@link #fingerprint}s; within a document an
 * answer also counts as reused when eight in ten of its word triples appear in one earlier answer.
 */
final class Reuse {

  /** Answers of this length or shorter are too generic to call reused ("Ja.", "Zie het antwoord op vraag 3."). */
  static final int MIN_CHARS = 80;

  static final double NEAR = 0.8;

  /**
   * Candidates are found through one in {@value #SAMPLE} word triples (those whose hash is a multiple of it, the same
   * ones in every answer) and then checked on all of them: the index stays small and the count exact.
   */
  private static final int SAMPLE = 4;

  /** "vraag 12 13 en 14" in a fingerprint: the numbers differ between documents that reuse the answer. */
  private static final Pattern QUESTION_NUMBERS = Pattern.compile("\\b(vraag|vragen|antwoord|antwoorden)(?: \\d+[a-z]?(?: en| t m)?)+");

  private Reuse() {}

  /** Lower case, accents folded, letters and digits only, single spaces, question numbers of pointers left out. */
  static String fingerprint(String answer) {
    if (answer == null) {
      return "";
    }
    String folded = Words.fold(answer);
    // a char array rather than a StringBuilder: this runs on every stored answer (6% of ingest's CPU)
    char[] print = new char[folded.length()];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c < 128 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') : Character.isLetterOrDigit(c)) {
        if (space && length > 0) {
          print[length++] = ' ';
        }
        space = false;
        print[length++] = c;
      } else {
        space = true;
      }
    }
    String result = new String(print, 0, length);
    return pointsToNumbers(result) ? QUESTION_NUMBERS.matcher(result).replaceAll("$1") : result;
  }

  /** Whether {@link #QUESTION_NUMBERS} can match: "vraag", "vragen", "antwoord" or "antwoorden", a space and a digit. */
  private static boolean pointsToNumbers(String print) {
    for (int i = print.indexOf(' '); i >= 0 && i + 1 < print.length(); i = print.indexOf(' ', i + 1)) {
      char next = print.charAt(i + 1);
      if (next >= '0' && next <= '9'
          && (print.startsWith("vraag", i - 5) || print.startsWith("vragen", i - 6) || print.startsWith("antwoord", i - 8)
              || print.startsWith("antwoorden", i - 10))) {
        return true;
      }
    }
    return false;
  }

  /** For each answer (by position; null takes no part), the positions of earlier answers it repeats. */
  static List<List<Integer>> within(List<String> answers) {
    List<List<Integer>> reused = new ArrayList<>();
    Map<String, List<Integer>> byPrint = new HashMap<>();
    Map<Long, List<Integer>> bySample = new HashMap<>();
    long[][] triples = new long[answers.size()][];
    int[] common = new int[answers.size()];
    for (int i = 0; i < answers.size(); i++) {
      String answer = answers.get(i);
      if (answer == null || strippedLength(answer) <= MIN_CHARS) {
        reused.add(List.of());
        continue;
      }
      String print = fingerprint(answer);
      long[] mine = triples(print);
      triples[i] = mine;
      TreeSet<Integer> earlier = new TreeSet<>(byPrint.getOrDefault(print, List.of()));
      // sampled triples in common with each earlier answer, counted in an array (common) over the answers touched
      List<Integer> touched = new ArrayList<>();
      int sampled = 0;
      for (long t : mine) {
        if (Math.floorMod(t, SAMPLE) == 0) {
          sampled++;
          for (int j : bySample.getOrDefault(t, List.of())) {
            if (common[j]++ == 0) {
              touched.add(j);
            }
          }
        }
      }
      for (int candidate : touched) {
        // a loose bar on the sample, then the exact count on every triple
        if (common[candidate] >= 0.6 * sampled && shared(mine, triples[candidate]) >= NEAR * mine.length) {
          earlier.add(candidate);
        }
        common[candidate] = 0;
      }
      reused.add(List.copyOf(earlier));
      byPrint.computeIfAbsent(print, k -> new ArrayList<>()).add(i);
      for (long t : mine) {
        if (Math.floorMod(t, SAMPLE) == 0) {
          bySample.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
      }
    }
    return reused;
  }

  /** The length of {@code text.strip()}, without making it. */
  private static int strippedLength(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.codePointAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
      to--;
    }
    return to - from;
  }

  /** The word triples of a fingerprint as sorted, distinct 64-bit hashes. */
  private static long[] triples(String fingerprint) {
    // each word's String.hashCode, computed in place rather than on a substring
    int n = fingerprint.length();
    int[] words = new int[n / 2 + 2];
    int count = 0;
    int hash = 0;
    boolean inWord = false;
    for (int i = 0; i <= n; i++) {
      char c = i == n ? ' ' : fingerprint.charAt(i);
      if (c == ' ') {
        if (inWord) {
          words[count++] = hash;
        }
        hash = 0;
        inWord = false;
      } else {
        hash = 31 * hash + c;
        inWord = true;
      }
    }
    long[] hashes = new long[Math.max(0, count - 2)];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = ((long) words[i] * 1_000_003L + words[i + 1]) * 1_000_033L + words[i + 2];
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
  }

  /** How many of a's triples b has too; both sorted. */
  private static int shared(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }
}
