package nl.vraagbaak.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The filters of the index chain with a memory per word: a library's vocabulary is small next to its number of
 * words, and lower-casing, folding, compound splitting, stop words, plurals and stemming cost half of indexing.
 * Each word the tokenizer gives runs through the real filters once ({@code filters} builds them over a stream of
 * that one word); after that its terms come from the memory. The output is the chain's: the same terms at the same
 * positions with the word's offsets (parts of a compound at the compound's position, a stop word's position
 * carried to the next word). One instance per analysis thread (Lucene reuses token streams per thread), so the
 * memory needs no locking; it stops growing at {@link #LIMIT} words.
 */
final class RememberedAnalysis extends TokenFilter {

  private static final int LIMIT = 200_000;
  private static final char[][] NONE = new char[0][];

  private final CharArrayMap<char[][]> remembered = new CharArrayMap<>(8192, false);
  private final OneWord word = new OneWord();
  private final TokenStream filters;
  private final CharTermAttribute filtered;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private char[][] terms = NONE;
  private int next;
  private int skipped;

  RememberedAnalysis(TokenStream words, UnaryOperator<TokenStream> filters) {
    super(words);
    this.filters = filters.apply(word);
    this.filtered = this.filters.addAttribute(CharTermAttribute.class);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < terms.length) {
      term.copyBuffer(terms[next], 0, terms[next].length);
      position.setPositionIncrement(0);
      next++;
      return true;
    }
    while (input.incrementToken()) {
      terms = termsOf(term.buffer(), term.length());
      if (terms.length == 0) {
        skipped += position.getPositionIncrement(); // a stop word: its position goes to the next word
        continue;
      }
      position.setPositionIncrement(position.getPositionIncrement() + skipped);
      skipped = 0;
      term.copyBuffer(terms[0], 0, terms[0].length);
      next = 1;
      return true;
    }
    return false;
  }

  private char[][] termsOf(char[] buffer, int length) throws IOException {
    char[][] known = remembered.get(buffer, 0, length);
    if (known != null) {
      return known;
    }
    word.set(buffer, length);
    List<char[]> out = new ArrayList<>(2);
    filters.reset();
    while (filters.incrementToken()) {
      out.add(Arrays.copyOf(filtered.buffer(), filtered.length()));
    }
    filters.end();
    filters.close();
    char[][] result = out.isEmpty() ? NONE : out.toArray(char[][]::new);
    if (remembered.size() < LIMIT) {
      remembered.put(Arrays.copyOf(buffer, length), result);
    }
    return result;
  }

  @Override
  public void end() throws IOException {
    super.end();
    position.setPositionIncrement(position.getPositionIncrement() + skipped);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    terms = NONE;
    next = 0;
    skipped = 0;
  }

  /** A stream of one word, at the next position. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private char[] buffer = new char[0];
    private int length;
    private boolean given;

    void set(char[] buffer, int length) {
      this.buffer = buffer;
      this.length = length;
    }

    @Override
    public boolean incrementToken() {
      if (given) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(buffer, 0, length);
      position.setPositionIncrement(1);
      given = true;
      return true;
    }

    @Override
    public void reset() {
      given = false;
    }
  }
}
