package nl.vraagbaak.enrich;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Content words of a text, for "do these two texts share a subject": long words minus the words every answer uses. */
final class Words {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\d-]*");

  /** Words too common in parliamentary Q&A to say anything about the subject. */
  private static final Set<String> COMMON = stems(
      List.of("kabinet", "minister", "ministe", "nederl", "nederland", "leden", "fracti", "vragen", "vraag", "antwoo",
          "kamer", "worden", "wordt", "hebben", "kunnen", "zullen", "welke", "daarom", "echter", "waarbij", "hierov",
          "hiervo", "tussen", "binnen", "omdat", "mogelijk", "onder", "tijdens", "zoals", "andere", "verder", "rondom",
          "inzake", "betref", "aangeg", "gegeve", "geeft", "zouden", "hierbi", "daarbi", "daarna", "steeds", "blijft",
          "sprake", "beeld", "ervan", "erover", "middel", "manier", "deelne", "zowel", "alsmed", "betrek", "kenneg",
          "lezen", "vernem", "verzoe", "graag", "toelic", "benieu", "vinden", "zien", "staat", "staan", "gesteld",
          "gevraa", "beantw", "geleden", "inmidd", "momenteel", "moment", "huidig", "eerder", "recent", "nieuwe",
          "belang", "belangr", "onderw", "aandac", "ontwik", "inzet", "reacti", "verwijs", "verwij", "hiervoor"));

  private static Set<String> stems(List<String> words) {
    return Set.copyOf(words.stream().map(w -> w.length() > 6 ? w.substring(0, 6) : w).toList());
  }

  private Words() {}

  /** Six-letter stems of the words of at least five letters that are not common to every answer. */
  static Set<String> content(String text) {
    Set<String> words = new LinkedHashSet<>();
    if (text == null) {
      return words;
    }
    if (contentInOnePass(text, words)) {
      return words;
    }
    words.clear();
    String folded = fold(text);
    if (hasSurrogate(folded)) {
      // a letter outside the BMP: the pattern reads code points, the loop below reads chars
      Matcher m = WORD.matcher(folded);
      while (m.find()) {
        add(words, folded, m.start(), m.end());
      }
      return words;
    }
    // WORD (a letter, then letters, ASCII digits and hyphens) written out: this runs on every answer and question
    int n = folded.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(folded.charAt(i))) {
        i++;
        continue;
      }
      int start = i++;
      while (i < n && isWordPart(folded.charAt(i))) {
        i++;
      }
      add(words, folded, start, i);
    }
    return words;
  }

  /**
   * The content words of the text, folded char by char as they are read (no folded copy of the text); false, having
   * added some words or none, where a char folds to anything but one char: then fold the whole text first.
   */
  private static boolean contentInOnePass(String text, Set<String> words) {
    char[] stem = new char[6];
    int length = -1; // the length of the word being read, -1 between words
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f;
      if (c < 128) {
        f = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      } else {
        String folded = foldedLowerCase(c);
        if (folded == null || folded.length() != 1) {
          return false;
        }
        f = folded.charAt(0);
      }
      if (length < 0) {
        if (Character.isLetter(f)) {
          stem[0] = f;
          length = 1;
        }
      } else if (isWordPart(f)) {
        if (length < stem.length) {
          stem[length] = f;
        }
        length++;
      } else {
        add(words, stem, length);
        length = -1;
      }
    }
    add(words, stem, length);
    return true;
  }

  private static void add(Set<String> words, char[] stem, int length) {
    if (length >= 5) {
      String word = new String(stem, 0, Math.min(length, stem.length));
      if (!COMMON.contains(word)) {
        words.add(word);
      }
    }
  }

  private static boolean isWordPart(char c) {
    return (c >= '0' && c <= '9') || c == '-' || Character.isLetter(c);
  }

  private static void add(Set<String> words, String text, int start, int end) {
    if (end - start >= 5) {
      String stem = text.substring(start, Math.min(end, start + 6));
      if (!COMMON.contains(stem)) {
        words.add(stem);
      }
    }
  }

  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static int shared(String a, String b) {
    Set<String> x = content(a);
    x.retainAll(content(b));
    return x.size();
  }

  /**
   * The text with every run of ASCII white space ({@code \\s}: space, tab, line ends, form feed) made one space, as
   * {@code text.replaceAll("\\s+", " ")} but without a regex, and the text itself when it has no such run.
   */
  static String singleSpaced(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !(isSpace(text.charAt(i)) && (text.charAt(i) != ' ' || i + 1 < n && isSpace(text.charAt(i + 1))))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    char[] out = new char[n];
    text.getChars(0, i, out, 0);
    int length = i;
    while (i < n) {
      char c = text.charAt(i++);
      if (isSpace(c)) {
        out[length++] = ' ';
        while (i < n && isSpace(text.charAt(i))) {
          i++;
        }
      } else {
        out[length++] = c;
      }
    }
    return new String(out, 0, length);
  }

  /** White space as a regular expression's {@code \s} knows it. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** Lower case without accents: "Oekraïne" and "oekraine" are one word. */
  static String fold(String text) {
    // One pass, char by char: the same as text.toLowerCase(Locale.ROOT) and then each non-ASCII char folded, except
    // for the chars whose lower case depends on their neighbours or is longer (İ, Σ, surrogates): those take the long way.
    int n = text.length();
    char[] plain = null;
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        if (plain == null && lower != c) {
          plain = start(text, i);
          length = i;
        }
        if (plain != null) {
          plain[length++] = lower;
        }
        continue;
      }
      String folded = foldedLowerCase(c);
      if (folded == null) {
        return foldSlowly(text);
      }
      if (plain == null && (folded.length() != 1 || folded.charAt(0) != c)) {
        plain = start(text, i);
        length = i;
      }
      if (plain != null) {
        if (length + folded.length() > plain.length) {
          plain = java.util.Arrays.copyOf(plain, Math.max(plain.length * 2, length + folded.length()));
        }
        for (int k = 0; k < folded.length(); k++) {
          plain[length++] = folded.charAt(k);
        }
      }
    }
    return plain == null ? text : new String(plain, 0, length);
  }

  /**
   * A non-ASCII char lower-cased and without its accent, as {@link #fold} makes it; null for the chars whose lower case
   * depends on their neighbours or is no single char (İ, Σ, surrogates): fold the whole text for those.
   */
  static String foldedLowerCase(char c) {
    if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
      return null;
    }
    int lower = Character.toLowerCase((int) c);
    return lower > Character.MAX_VALUE ? null : folded((char) lower);
  }

  private static char[] start(String text, int upTo) {
    char[] plain = new char[text.length() + 8];
    text.getChars(0, upTo, plain, 0);
    return plain;
  }

  /** A lower-case char without its accent: itself for ASCII, else decomposed once and remembered. */
  private static String folded(char lower) {
    if (lower < 128) {
      return ASCII[lower];
    }
    String known = FOLDED_BMP[lower];
    if (known == null) {
      known = withoutAccent(lower);
      FOLDED_BMP[lower] = known; // a benign race: every thread computes the same immutable String
    }
    return known;
  }

  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = String.valueOf(c).intern();
    }
  }

  private static final String[] FOLDED_BMP = new String[Character.MAX_VALUE + 1];

  /** The definition fold() must agree with. */
  private static String foldSlowly(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder plain = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c < 128) {
        plain.append(c);
      } else {
        plain.append(folded(c));
      }
    }
    return plain.toString();
  }

  private static String withoutAccent(char c) {
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
        plain.append(decomposed.charAt(i));
      }
    }
    return plain.toString();
  }
}
