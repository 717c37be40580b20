package nl.vraagbaak.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Adds the parts of a Dutch compound after the compound itself, at the same position
 * ("luchtverdedigingssystemen" → luchtverdedigingssystemen, lucht, verdediging, systemen).
 *
 * <p>A word is split only when the dictionary does not know it (also not as a plural or with an
 * inflection), and only into parts that together cover the whole word, cut at hyphenation points,
 * fewest parts first, each part a known word, a linking "s" allowed between parts. That keeps
 * "regering" whole (known) and "verdedigingen" whole (a plural of a known word), where a plain
 * dictionary scan would add "gering" and "ging".
 */
final class CompoundSplitter extends TokenFilter {

  /**
   * Marks a part for the query parser (which reads token boosts): a part matches less specifically than the
   * whole word, and the parser turns parts into "all of them" instead of "any of them".
   */
  static final float PART_BOOST = 0.5f;
  static final int MIN_WORD = 8;
  static final int MIN_PART = 3;
  private static final int CACHE_LIMIT = 200_000;

  /** Splitting repeats for the same words over and over; remember the answers, boundedly. */
  private final Map<String, List<String>> cache;
  private final HyphenationTree hyphenation;
  private final CharArraySet words;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final BoostAttribute boost = addAttribute(BoostAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State compoundState;

  CompoundSplitter(TokenStream input, HyphenationTree hyphenation, CharArraySet words, Map<String, List<String>> cache) {
    super(input);
    this.hyphenation = hyphenation;
    this.words = words;
    this.cache = cache;
  }

  static Map<String, List<String>> newCache() {
    return new ConcurrentHashMap<>();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(compoundState);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      boost.setBoost(PART_BOOST);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    // a synonym the query chain added ("greenland" for "groenland") is a word of another language or an
    // abbreviation: splitting it would only add noise to the query graph
    if (term.length() >= MIN_WORD && !SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
      List<String> parts = partsOf(term.toString());
      if (!parts.isEmpty()) {
        pending.addAll(parts);
        compoundState = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    compoundState = null;
  }

  List<String> partsOf(String word) {
    List<String> cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    List<String> parts = split(word);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(word, parts);
    }
    return parts;
  }

  private List<String> split(String word) {
    if (!word.chars().allMatch(Character::isLetter) || known(word)) {
      return List.of();
    }
    Hyphenation points = hyphenation.hyphenate(word, 1, 1);
    if (points == null) {
      return List.of();
    }
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(word.length());
    for (int point : points.getHyphenationPoints()) {
      cuts.add(point);
    }
    Integer[] at = cuts.toArray(Integer[]::new);
    // fewest[i]: fewest parts covering word[0, at[i]); from[i]: where the last of them starts
    int[] fewest = new int[at.length];
    int[] from = new int[at.length];
    java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[0] = 0;
    for (int end = 1; end < at.length; end++) {
      for (int start = 0; start < end; start++) {
        if (fewest[start] == Integer.MAX_VALUE || at[end] - at[start] < MIN_PART) {
          continue;
        }
        String part = word.substring(at[start], at[end]);
        if (isPart(part) && fewest[start] + 1 < fewest[end]) {
          fewest[end] = fewest[start] + 1;
          from[end] = start;
        }
      }
    }
    int last = at.length - 1;
    if (fewest[last] == Integer.MAX_VALUE || fewest[last] < 2) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (int end = last; end > 0; end = from[end]) {
      parts.add(0, withoutLinkingS(word.substring(at[from[end]], at[end])));
    }
    return List.copyOf(parts);
  }

  private boolean isPart(String part) {
    return known(part) || (part.endsWith("s") && part.length() > MIN_PART && words.contains(part.substring(0, part.length() - 1)));
  }

  private String withoutLinkingS(String part) {
    return !known(part) && part.endsWith("s") ? part.substring(0, part.length() - 1) : part;
  }

  /** The word, or the word without a plural or inflection ending, is in the dictionary. */
  boolean known(String word) {
    if (words.contains(word)) {
      return true;
    }
    int n = word.length();
    for (String ending : new String[] {"en", "s", "e", "n", "es", "ën", "er", "ste", "st"}) {
      if (n - ending.length() >= MIN_PART && word.endsWith(ending) && words.contains(word.substring(0, n - ending.length()))) {
        return true;
      }
    }
    if (n > 4 && word.endsWith("en")) {
      char consonant = word.charAt(n - 3);
      char vowel = word.charAt(n - 4);
      // systemen → systeem, bommen → bom, mogelijkheden → mogelijkheid
      if (isVowel(vowel) && !isVowel(consonant) && words.contains(word.substring(0, n - 3) + vowel + consonant)) {
        return true;
      }
      if (consonant == vowel && words.contains(word.substring(0, n - 3))) {
        return true;
      }
      if (word.endsWith("heden") && words.contains(word.substring(0, n - 5) + "heid")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }
}
