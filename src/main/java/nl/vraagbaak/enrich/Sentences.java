package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts repaired text into sentences, without cutting after the abbreviations of the field ("nr. 267", "c.s. De"). */
final class Sentences {

  /** A sentence ends at . ! ? (or a closing quote or bracket after one) before white space and a capital, digit or quote. */
  private static final Pattern END = Pattern.compile("[.!?][”\"')\\]]?(?=\\s+[\\p{Lu}\\d“\"‘'(])|[.!?][”\"')\\]]?\\s*$|\\n\\s*\\n");

  /** Words after which a full stop does not end the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("nr", "nrs", "o.a", "c.s", "cs", "d.d", "jl", "t.a.v", "i.v.m", "m.b.t", "mln", "mld", "bijv", "incl", "art",
          "blz", "p", "ca", "resp", "vgl", "zgn", "m.n", "e.d", "mr", "dhr", "mevr", "drs", "dr", "prof", "ir", "min", "e.a",
          "i.p.v", "n.a.v", "t/m", "z.s.m", "v.w.b");

  private Sentences() {}

  static List<String> of(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return sentences;
    }
    Matcher m = END.matcher(text);
    int start = 0;
    while (m.find()) {
      if (m.group().startsWith(".") && endsWithAbbreviation(text, m.start())) {
        continue;
      }
      add(sentences, text.substring(start, m.end()));
      start = m.end();
    }
    add(sentences, text.substring(start));
    return sentences;
  }

  private static boolean endsWithAbbreviation(String text, int dot) {
    int from = dot;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
      from--;
    }
    String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
  }

  private static void add(List<String> sentences, String sentence) {
    String s = sentence.strip().replaceAll("\\s+", " ");
    if (!s.isEmpty()) {
      sentences.add(s);
    }
  }
}
