package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers reused verbatim or nearly so. Across documents the store compares {@link #fingerprint}s; within a document an
 * answer also counts as reused when eight in ten of its word triples appear in an earlier answer.
 */
final class Reuse {

  /** Answers shorter than this are too generic to call reused ("Ja.", "Zie het antwoord op vraag 3."). */
  static final int MIN_CHARS = 80;

  static final double NEAR = 0.8;

  /** "zie het antwoord op vraag 12 en 13": the numbers differ between documents that reuse the answer. */
  private static final Pattern QUESTION_NUMBERS =
      Pattern.compile("(vra(?:ag|gen)|antwoord(?:en)?)\\s+(?:\\d+[a-z]?(?:\\s*(?:,|en|t/m|-|–)\\s*)?)+");

  private Reuse() {}

  static String fingerprint(String answer) {
    if (answer == null) {
      return "";
    }
    String folded = Words.fold(answer);
    folded = QUESTION_NUMBERS.matcher(folded).replaceAll("$1 ");
    return folded.replaceAll("[^\\p{L}\\d]+", " ").strip();
  }

  /** For each answer (by position), the positions of earlier answers it repeats. */
  static List<List<Integer>> within(List<String> answers) {
    List<List<Integer>> reused = new ArrayList<>();
    Map<Integer, Set<String>> shingles = new LinkedHashMap<>();
    List<String> prints = answers.stream().map(Reuse::fingerprint).toList();
    for (int i = 0; i < answers.size(); i++) {
      List<Integer> earlier = new ArrayList<>();
      if (answers.get(i) != null && answers.get(i).strip().length() > MIN_CHARS) {
        Set<String> mine = shingles(prints.get(i));
        for (int j = 0; j < i; j++) {
          if (answers.get(j) == null || answers.get(j).strip().length() <= MIN_CHARS) {
            continue;
          }
          if (prints.get(j).equals(prints.get(i)) || contained(mine, shingles.computeIfAbsent(j, k -> shingles(prints.get(k))))) {
            earlier.add(j);
          }
        }
      }
      reused.add(earlier);
    }
    return reused;
  }

  private static boolean contained(Set<String> mine, Set<String> theirs) {
    if (mine.isEmpty()) {
      return false;
    }
    double needed = NEAR * mine.size();
    int common = 0;
    int left = mine.size();
    for (String s : mine) {
      if (theirs.contains(s)) {
        common++;
      }
      left--;
      if (common + left < needed) {
        return false; // most pairs of answers share little: stop once the rest cannot reach the share
      }
    }
    return common >= needed;
  }

  private static Set<String> shingles(String fingerprint) {
    String[] words = fingerprint.split(" ");
    Set<String> set = new HashSet<>();
    for (int i = 0; i + 2 < words.length; i++) {
      set.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
    }
    return set;
  }
}
