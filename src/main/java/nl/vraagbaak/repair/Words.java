package nl.vraagbaak.repair;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Dutch words that hunspell-nl knows (its stems, in lower case), to tell a word split at a line end from a
 * compound written with a hyphen. The hunspell dictionary lists stems and leaves plurals and inflections to its affix
 * rules; {@link #knows} undoes the common ones instead of applying those rules.
 */
final class Words {

  static final Path HUNSPELL_NL = Path.of("/usr/share/hunspell/nl.dic");

  /** No dictionary: hyphenation falls back on spelling rules alone. */
  static final Words NONE = new Words(word -> false, 0);

  private final Predicate<String> listed;
  private final int size;

  private Words(Predicate<String> listed, int size) {
    this.listed = listed;
    this.size = size;
  }

  /** The system's Dutch dictionary, loaded once on first use; {@link #NONE} when it is not installed. */
  static Words dutch() {
    return Dutch.WORDS;
  }

  private static final class Dutch {
    static final Words WORDS = load(HUNSPELL_NL, WordCache.directory());
  }

  static Words of(String... words) {
    Set<String> set = new HashSet<>();
    for (String word : words) {
      set.add(word.toLowerCase(Locale.ROOT));
    }
    return listing(set);
  }

  /** Exactly the words of a set, which are in lower case already. */
  static Words listing(Set<String> lowerCaseWords) {
    return new Words(lowerCaseWords::contains, lowerCaseWords.size());
  }

  /**
   * The words of a hunspell .dic file (first line a count, then "word/FLAGS"), lower-cased, with "ĳ" written "ij";
   * {@link #NONE} when the file is unreadable or not UTF-8.
   */
  static Words load(Path dic) {
    if (!Files.isReadable(dic)) {
      return NONE;
    }
    try {
      return from(WordTable.ofDictionary(Files.readAllBytes(dic)));
    } catch (IOException e) {
      return NONE;
    }
  }

  /**
   * As {@link #load(Path)}, read from or kept in a cache file in {@code cacheDirectory} ({@link WordCache}). Asks
   * java.io.File whether the file is readable: the first {@code Files.isReadable} of a process costs 15 ms.
   */
  static Words load(Path dic, Path cacheDirectory) {
    return dic.toFile().canRead() ? from(WordCache.load(dic, cacheDirectory)) : NONE;
  }

  private static Words from(WordTable table) {
    return table == null ? NONE : new Words(table::contains, table.size());
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** Whether a word (any case) is known, as listed or as a plural or inflected form of a listed word. */
  boolean knows(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (listed.test(w)) {
      return true;
    }
    int n = w.length();
    if (n > 3 && w.endsWith("en")) {
      String stem = w.substring(0, n - 2);
      return listed.test(stem) || listed.test(w.substring(0, n - 1)) || knowsStem(stem);
    }
    if (n > 2 && (w.endsWith("s") || w.endsWith("e"))) {
      String stem = w.substring(0, n - 1);
      return listed.test(stem) || (w.endsWith("'s") && listed.test(w.substring(0, n - 2))) || knowsStem(stem);
    }
    return false;
  }

  /** The stem of an inflection, undoing a doubled consonant ("bommen") or a single vowel ("lidstaten", "Europese"). */
  private boolean knowsStem(String stem) {
    int n = stem.length();
    if (n < 3) {
      return false;
    }
    char last = stem.charAt(n - 1);
    char before = stem.charAt(n - 2);
    if (last == before && !isVowel(last)) {
      return listed.test(stem.substring(0, n - 1));
    }
    if (!isVowel(last) && isVowel(before) && !isVowel(stem.charAt(n - 3))) {
      String start = stem.substring(0, n - 1);
      return listed.test(start.concat(String.valueOf(new char[] {before, lenis(last)})))
          || listed.test(start.concat(String.valueOf(new char[] {before, last})));
    }
    if (last == 'v' || last == 'z') {
      return listed.test(stem.substring(0, n - 1).concat(String.valueOf(lenis(last))));
    }
    return false;
  }

  /** The letter a stem ends on where the inflection voiced it: "z" was "s", "v" was "f". */
  private static char lenis(char c) {
    return c == 'z' ? 's' : c == 'v' ? 'f' : c;
  }

  static boolean isVowel(char c) {
    return "aeiouyáéíóúäëïöüàèâêîôû".indexOf(Character.toLowerCase(c)) >= 0;
  }
}
