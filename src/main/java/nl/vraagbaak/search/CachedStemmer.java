package nl.vraagbaak.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Snowball Dutch with a memory: the vocabulary of a library is small next to its number of words, and the
 * stemmer was a third of the chain's time. One instance per analysis thread (Lucene reuses token streams per
 * thread), so the cache needs no locking; it stops growing at {@link #LIMIT} words.
 */
final class CachedStemmer extends TokenFilter {

  private static final int LIMIT = 100_000;

  private final CharArrayMap<char[]> stems = new CharArrayMap<>(4096, false);
  private final DutchStemmer stemmer = new DutchStemmer();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  CachedStemmer(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    char[] stem = stems.get(term.buffer(), 0, term.length());
    if (stem == null) {
      stemmer.setCurrent(term.buffer(), term.length());
      stemmer.stem();
      stem = Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
      if (stems.size() < LIMIT) {
        stems.put(Arrays.copyOf(term.buffer(), term.length()), stem);
      }
    }
    term.copyBuffer(stem, 0, stem.length);
    return true;
  }
}
