package nl.vraagbaak.repair;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Dutch words that hunspell-nl knows (its stems, in lower case), to tell a word split at a line end from a
 * compound written with a hyphen. The hunspell dictionary lists stems and leaves plurals and inflections to its affix
 * rules; {@link #knows} undoes the common ones instead of applying those rules.
 */
final class Words {

  static final Path HUNSPELL_NL = Path.of("/usr/share/hunspell/nl.dic");

  /** No dictionary: hyphenation falls back on spelling rules alone. */
  static final Words NONE = new Words(Set.of());

  private final Set<String> words;

  private Words(Set<String> words) {
    this.words = words;
  }

  /** The system's Dutch dictionary, loaded once on first use; {@link #NONE} when it is not installed. */
  static Words dutch() {
    return Dutch.WORDS;
  }

  private static final class Dutch {
    static final Words WORDS = load(HUNSPELL_NL);
  }

  static Words of(String... words) {
    Set<String> set = new HashSet<>();
    for (String word : words) {
      set.add(word.toLowerCase(Locale.ROOT));
    }
    return new Words(set);
  }

  /** The words of a hunspell .dic file (first line a count, then "word/FLAGS"); {@link #NONE} when unreadable. */
  static Words load(Path dic) {
    if (!Files.isReadable(dic)) {
      return NONE;
    }
    String text;
    try {
      // Read and lower-cased in one go, not line by line: loading is part of every process that rejoins a word.
      text = Files.readString(dic, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).replace("ĳ", "ij");
    } catch (IOException | java.io.UncheckedIOException e) {
      return NONE;
    }
    Set<String> set = new HashSet<>(400_000);
    int start = text.indexOf('\n') + 1; // the first line is the word count
    while (start > 0 && start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int slash = text.indexOf('/', start);
      String word = slash >= start && slash < end ? text.substring(start, slash) : text.substring(start, end).strip();
      if (!word.isEmpty()) {
        set.add(word);
      }
      start = end + 1;
    }
    return new Words(set);
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  int size() {
    return words.size();
  }

  /** Whether a word (any case) is known, as listed or as a plural or inflected form of a listed word. */
  boolean knows(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (words.contains(w)) {
      return true;
    }
    int n = w.length();
    if (n > 3 && w.endsWith("en")) {
      String stem = w.substring(0, n - 2);
      return words.contains(stem) || words.contains(w.substring(0, n - 1)) || knowsStem(stem);
    }
    if (n > 2 && (w.endsWith("s") || w.endsWith("e"))) {
      String stem = w.substring(0, n - 1);
      return words.contains(stem) || (w.endsWith("'s") && words.contains(w.substring(0, n - 2))) || knowsStem(stem);
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
      return words.contains(stem.substring(0, n - 1));
    }
    if (!isVowel(last) && isVowel(before) && !isVowel(stem.charAt(n - 3))) {
      String single = stem.substring(0, n - 1) + before + lenis(last);
      return words.contains(single) || words.contains(stem.substring(0, n - 1) + before + last);
    }
    if (last == 'v' || last == 'z') {
      return words.contains(stem.substring(0, n - 1) + lenis(last));
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
