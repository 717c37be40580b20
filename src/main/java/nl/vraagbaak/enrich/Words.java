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
    Matcher m = WORD.matcher(fold(text));
    while (m.find()) {
      String w = m.group();
      if (w.length() >= 5) {
        String stem = w.length() > 6 ? w.substring(0, 6) : w;
        if (!COMMON.contains(stem)) {
          words.add(stem);
        }
      }
    }
    return words;
  }

  static int shared(String a, String b) {
    Set<String> x = content(a);
    x.retainAll(content(b));
    return x.size();
  }

  /** Lower case without accents: "Oekraïne" and "oekraine" are one word. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder plain = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 128 && plain == null) {
        plain = new StringBuilder(lower.length()).append(lower, 0, i);
      }
      if (plain != null) {
        if (c < 128) {
          plain.append(c);
        } else {
          plain.append(FOLDED.computeIfAbsent(c, Words::withoutAccent));
        }
      }
    }
    return plain == null ? lower : plain.toString();
  }

  /** Each accented character folded once: Normalizer is too slow to run on every answer. */
  private static final java.util.Map<Character, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

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
