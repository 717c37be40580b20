package nl.vraagbaak.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class RememberedAnalysisTest {

  private final DutchAnalysis analysis = DutchAnalysis.standard();

  /** Every token as term, position increment and offsets, then the stream's final position increment and offset. */
  private static List<String> stream(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.QUESTION, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + " +" + position.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
      tokens.add("end +" + position.getPositionIncrement() + " " + offset.endOffset());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return tokens;
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (Enriched document : SeedLibrary.documents()) {
      for (EnrichedPair pair : document.pairs()) {
        texts.add(pair.pair().question());
        texts.add(pair.pair().answer());
      }
    }
    texts.add("de het een"); // only stop words: the positions go to the end
    texts.add("Luchtverdedigingssystemen van de NAVO, en de Noord-Atlantische verdragsorganisatie van de VN.");
    texts.add("");
    return texts;
  }

  @Test
  void indexesTheSameTermsPositionsAndOffsetsAsTheChainWithoutMemory() {
    Analyzer remembered = analysis.indexAnalyzer();
    Analyzer plain = analysis.unrememberedIndexAnalyzer();
    List<String> texts = texts();
    for (int round = 0; round < 2; round++) { // the second round comes from the memory
      for (String text : texts) {
        assertThat(stream(remembered, text)).as(text).isEqualTo(stream(plain, text));
      }
    }
  }

  @Test
  void carriesAStopWordsPositionToTheNextWord() {
    List<String> tokens = stream(analysis.indexAnalyzer(), "de minister en de Kamer");
    assertThat(tokens.get(1)).startsWith("kamer +3 ");
  }
}
