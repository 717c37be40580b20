package nl.vraagbaak.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The Dutch analysis chain of the index: tokenize, lower-case, fold accents, expand the field's
 * abbreviations and synonyms (query side only), split compounds (Debian hyphen-nl patterns plus the hunspell-nl word
 * list), drop stop words, Snowball Dutch stemming.
 *
 * <p>Synonyms are expanded when querying, never when indexing: the query "NAVO" becomes
 * navo OR nato OR "noord-atlantische verdragsorganisatie", so the index stays a quarter smaller and
 * a quarter faster to build, and the list can change without reindexing. Compounds are split on both
 * sides; the query parser turns a split query word into "the word, or all of its parts".
 *
 * <p>Where the Debian word lists are missing the chain degrades to plain stemming without splitting.
 */
public final class DutchAnalysis {

  static final Path DEBIAN_WORDS = Path.of("/usr/share/hunspell/nl.dic");
  static final Path DEBIAN_HYPHENATION = Path.of("/usr/share/hyphen/hyph_nl_NL.dic");
  private static final String SYNONYMS = "synonyms.txt";

  private static volatile DutchAnalysis standard;

  private final HyphenationTree hyphenation;
  private final CharArraySet words;
  private final SynonymMap synonyms;
  private final CharArraySet stopWords = DutchAnalyzer.getDefaultStopSet();
  private final Map<String, List<String>> splitCache = CompoundSplitter.newCache();

  private DutchAnalysis(HyphenationTree hyphenation, CharArraySet words, SynonymMap synonyms) {
    this.hyphenation = hyphenation;
    this.words = words;
    this.synonyms = synonyms;
  }

  /** The chain with the Debian word lists where installed; built once per process. */
  public static DutchAnalysis standard() {
    DutchAnalysis result = standard;
    if (result == null) {
      synchronized (DutchAnalysis.class) {
        result = standard;
        if (result == null) {
          result = standard = of(DEBIAN_WORDS, DEBIAN_HYPHENATION);
        }
      }
    }
    return result;
  }

  /** The chain with the given hunspell word list and libhyphen patterns; either missing means no splitting. */
  public static DutchAnalysis of(Path hunspellDic, Path hyphenationDic) {
    SynonymMap synonyms = synonyms();
    if (!Files.isReadable(hunspellDic) || !Files.isReadable(hyphenationDic)) {
      return new DutchAnalysis(null, null, synonyms);
    }
    try {
      return new DutchAnalysis(Hyphenation.read(hyphenationDic), words(hunspellDic), synonyms);
    } catch (IOException | RuntimeException e) {
      // an unreadable or garbled word list costs compound splitting, never search itself
      return new DutchAnalysis(null, null, synonyms);
    }
  }

  /** Whether compounds are split (the Debian word lists were found). */
  public boolean splitsCompounds() {
    return hyphenation != null;
  }

  /** For indexing text fields: the chain without synonyms, with a memory of each word's terms. */
  public Analyzer indexAnalyzer() {
    return new Chain(false, true);
  }

  /** The index chain without the memory: what {@link #indexAnalyzer} must give (for tests). */
  Analyzer unrememberedIndexAnalyzer() {
    return new Chain(false, false);
  }

  /** For queries: the whole chain, the field's synonyms and abbreviations expanded (as a token graph). */
  public Analyzer queryAnalyzer() {
    return new Chain(true, false);
  }

  private final class Chain extends Analyzer {
    private final boolean expandSynonyms;
    private final boolean remember;

    Chain(boolean expandSynonyms, boolean remember) {
      this.expandSynonyms = expandSynonyms;
      this.remember = remember;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, remember ? new RememberedAnalysis(source, this::filters) : filters(source));
    }

    /** Everything after the tokenizer. */
    private TokenStream filters(TokenStream tokens) {
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokens));
      if (expandSynonyms) {
        stream = new SynonymGraphFilter(stream, synonyms, true);
      }
      if (hyphenation != null) {
        stream = new CompoundSplitter(stream, hyphenation, words, splitCache);
      }
      stream = new StopFilter(stream, stopWords);
      stream = new CachedStemmer(new PluralEndings(stream));
      return new RemoveDuplicatesTokenFilter(stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  private static CharArraySet words(Path hunspellDic) throws IOException {
    CharArraySet words = new CharArraySet(200_000, true);
    try (BufferedReader reader = Files.newBufferedReader(hunspellDic, StandardCharsets.UTF_8)) {
      reader.readLine(); // the word count
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int slash = line.indexOf('/');
        String word = slash < 0 ? line.strip() : line.substring(0, slash);
        if (word.length() >= CompoundSplitter.MIN_PART && word.chars().allMatch(Character::isLetter)) {
          words.add(fold(word)); // the chain folds accents before splitting
        }
      }
    }
    return words;
  }

  private static String fold(String word) {
    char[] folded = new char[word.length() * 4];
    int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, folded, 0, word.length());
    return new String(folded, 0, length);
  }

  private static SynonymMap synonyms() {
    Analyzer plain =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
          }
        };
    var resource = DutchAnalysis.class.getResourceAsStream(SYNONYMS);
    if (resource == null) {
      throw new IllegalStateException("resource " + SYNONYMS + " is missing from nl/vraagbaak/search; rebuild the jar");
    }
    try (var reader = new InputStreamReader(resource, StandardCharsets.UTF_8)) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
      parser.parse(reader);
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SYNONYMS, e);
    } catch (ParseException e) {
      throw new IllegalStateException(SYNONYMS + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    }
  }
}
