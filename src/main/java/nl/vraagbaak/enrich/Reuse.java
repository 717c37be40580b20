package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
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
    String result = foldedWords(answer);
    if (result == null) {
      result = words(Words.fold(answer));
    }
    return pointsToNumbers(result) ? withoutQuestionNumbers(result) : result;
  }

  /**
   * {@code QUESTION_NUMBERS.matcher(print).replaceAll("$1")}, the pattern tried only where it can start ("vra",
   * "antwoord"), in text order, each time from the end of the last match: the matches replaceAll finds.
   */
  private static String withoutQuestionNumbers(String print) {
    Matcher m = QUESTION_NUMBERS.matcher(print).useTransparentBounds(true).useAnchoringBounds(false);
    StringBuilder out = new StringBuilder(print.length());
    int last = 0;
    int vra = print.indexOf("vra");
    int antwoord = print.indexOf("antwoord");
    while (vra >= 0 || antwoord >= 0) {
      int p = antwoord < 0 || vra >= 0 && vra < antwoord ? vra : antwoord;
      if (p >= last && m.region(p, print.length()).lookingAt()) {
        out.append(print, last, m.start()).append(m.group(1));
        last = m.end();
      }
      if (p == vra) {
        vra = print.indexOf("vra", p + 1);
      }
      if (p == antwoord) {
        antwoord = print.indexOf("antwoord", p + 1);
      }
    }
    return out.append(print, last, print.length()).toString();
  }

  /**
   * {@code words(Words.fold(answer))} in one pass, char by char; null where a char's lower case depends on the text
   * around it (see {@link Words#foldedLowerCase}).
   */
  private static String foldedWords(String answer) {
    char[] print = new char[answer.length() + 16];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < answer.length(); i++) {
      char c = answer.charAt(i);
      if (c < 128) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
          if (length + 2 > print.length) {
            print = Arrays.copyOf(print, 2 * print.length);
          }
          if (space && length > 0) {
            print[length++] = ' ';
          }
          space = false;
          print[length++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        } else {
          space = true;
        }
        continue;
      }
      String folded = Words.foldedLowerCase(c);
      if (folded == null) {
        return null;
      }
      if (length + 2 * folded.length() > print.length) {
        print = Arrays.copyOf(print, 2 * print.length + 2 * folded.length());
      }
      for (int k = 0; k < folded.length(); k++) {
        char f = folded.charAt(k);
        if (f < 128 ? (f >= 'a' && f <= 'z') || (f >= '0' && f <= '9') || (f >= 'A' && f <= 'Z') : Character.isLetterOrDigit(f)) {
          if (space && length > 0) {
            print[length++] = ' ';
          }
          space = false;
          print[length++] = f;
        } else {
          space = true;
        }
      }
    }
    return new String(print, 0, length);
  }

  /** Letters and digits of folded text, each run of other chars one space (none at the ends). */
  private static String words(String folded) {
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
    return new String(print, 0, length);
  }

  /** Whether {@link #QUESTION_NUMBERS} can match: "vraag", "vragen", "antwoord" or "antwoorden", a space and a digit. */
  private static boolean pointsToNumbers(String print) {
    for (int i = print.indexOf("vra"); i >= 0; i = print.indexOf("vra", i + 1)) {
      if (print.startsWith("vraag ", i) && digitAt(print, i + 6) || print.startsWith("vragen ", i) && digitAt(print, i + 7)) {
        return true;
      }
    }
    for (int i = print.indexOf("antwoord"); i >= 0; i = print.indexOf("antwoord", i + 1)) {
      if (print.startsWith("antwoord ", i) && digitAt(print, i + 9) || print.startsWith("antwoorden ", i) && digitAt(print, i + 11)) {
        return true;
      }
    }
    return false;
  }

  private static boolean digitAt(String text, int at) {
    return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
  }

  /** For each answer (by position; null takes no part), the positions of earlier answers it repeats. */
  static List<List<Integer>> within(List<String> answers) {
    List<Print> prints = new ArrayList<>(answers.size());
    for (String answer : answers) {
      prints.add(print(answer));
    }
    return withinPrints(prints);
  }

  /**
   * An answer as reuse compares it: its fingerprint and word triples, worked out on its own (so on any thread, before
   * the answers are compared).
   */
  record Print(String print, Triples triples) {}

  /** The print of an answer, or null for none or one too short to count as reuse. */
  static Print print(String answer) {
    if (answer == null || strippedLength(answer) <= MIN_CHARS) {
      return null;
    }
    String print = fingerprint(answer);
    return new Print(print, new Triples(hashes(print)));
  }

  /** As {@link #within}, for answers already printed (null where an answer takes no part). */
  static List<List<Integer>> withinPrints(List<Print> prints) {
    List<List<Integer>> reused = new ArrayList<>();
    Map<String, List<Integer>> byPrint = new HashMap<>();
    SampleIndex bySample = new SampleIndex();
    // Every triple of an answer is sorted only when the answer is compared in full (rarely): the sample decides first.
    Triples[] triples = new Triples[prints.size()];
    int[] common = new int[prints.size()];
    for (int i = 0; i < prints.size(); i++) {
      Print printed = prints.get(i);
      if (printed == null) {
        reused.add(List.of());
        continue;
      }
      String print = printed.print();
      Triples mine = printed.triples();
      triples[i] = mine;
      TreeSet<Integer> earlier = new TreeSet<>(byPrint.getOrDefault(print, List.of()));
      // sampled triples in common with each earlier answer, counted in an array (common) over the answers touched
      List<Integer> touched = new ArrayList<>();
      int sampled = mine.sample.length;
      for (long t : mine.sample) {
        for (int e = bySample.first(t); e >= 0; e = bySample.next(e)) {
          int j = bySample.answer(e);
          if (common[j]++ == 0) {
            touched.add(j);
          }
        }
      }
      for (int candidate : touched) {
        // a loose bar on the sample, then the exact count on every triple
        if (common[candidate] >= 0.6 * sampled && shared(mine.all(), triples[candidate].all()) >= NEAR * mine.all().length) {
          earlier.add(candidate);
        }
        common[candidate] = 0;
      }
      reused.add(List.copyOf(earlier));
      byPrint.computeIfAbsent(print, k -> new ArrayList<>()).add(i);
      for (long t : mine.sample) {
        bySample.add(t, i);
      }
    }
    return reused;
  }

  /**
   * The answers that have each sampled triple: an open-addressing table of triples, each the head of a chain of
   * entries (answer, next), so that no triple or answer number is boxed.
   */
  private static final class SampleIndex {

    private long[] keys = new long[256];
    private int[] heads = new int[256]; // the chain's last entry + 1; 0 for an empty slot
    private int size;
    private int[] answers = new int[256];
    private int[] nexts = new int[256];
    private int entries;

    int first(long key) {
      int slot = slot(key);
      return heads[slot] - 1;
    }

    int next(int entry) {
      return nexts[entry];
    }

    int answer(int entry) {
      return answers[entry];
    }

    /** Adds the answer to the key's chain; the chain runs from the latest answer back, as answers come in order. */
    void add(long key, int answer) {
      if (entries == answers.length) {
        answers = Arrays.copyOf(answers, 2 * entries);
        nexts = Arrays.copyOf(nexts, 2 * entries);
      }
      int slot = slot(key);
      if (heads[slot] == 0) {
        keys[slot] = key;
        size++;
      }
      answers[entries] = answer;
      nexts[entries] = heads[slot] - 1;
      heads[slot] = ++entries;
      if (2 * size > keys.length) {
        grow();
      }
    }

    private int slot(long key) {
      int mask = keys.length - 1;
      // the high bits of a Fibonacci hash: a sampled triple's low bits are always 0 (a multiple of SAMPLE)
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(keys.length)));
      while (heads[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldHeads = heads;
      keys = new long[2 * oldKeys.length];
      heads = new int[2 * oldKeys.length];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldHeads[i] != 0) {
          int slot = slot(oldKeys[i]);
          keys[slot] = oldKeys[i];
          heads[slot] = oldHeads[i];
        }
      }
    }
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

  /** An answer's word triples: the sampled ones sorted and distinct at once, all of them so when first asked for. */
  static final class Triples {

    private long[] all;
    private boolean sorted;
    final long[] sample;

    Triples(long[] hashes) {
      all = hashes;
      long[] sampled = new long[hashes.length];
      int count = 0;
      for (long t : hashes) {
        if (Math.floorMod(t, SAMPLE) == 0) {
          sampled[count++] = t;
        }
      }
      sample = distinct(Arrays.copyOf(sampled, count));
    }

    long[] all() {
      if (!sorted) {
        all = distinct(all);
        sorted = true;
      }
      return all;
    }
  }

  /** The hashes sorted, each once (sorted in place). */
  private static long[] distinct(long[] hashes) {
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
  }

  /** The word triples of a fingerprint as 64-bit hashes, in text order. */
  private static long[] hashes(String fingerprint) {
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
    return hashes;
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
