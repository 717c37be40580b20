package nl.vraagbaak.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Plurals Snowball Dutch leaves alone: "sancties" (an -s after a vowel) and "ngo's" (an apostrophe-s).
 * Cutting them to "sanctie" and "ngo" before stemming makes singular and plural one term.
 */
final class PluralEndings extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  PluralEndings(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int n = term.length();
    if (keyword.isKeyword() || n < 4) {
      return true;
    }
    char[] chars = term.buffer();
    if (chars[n - 1] == 's' && (chars[n - 2] == '\'' || chars[n - 2] == '\u2019')) {
      term.setLength(n - 2);
    } else if (n > 5 && chars[n - 1] == 's' && chars[n - 2] == 'e' && chars[n - 3] == 'i') {
      term.setLength(n - 1);
    }
    return true;
  }
}
