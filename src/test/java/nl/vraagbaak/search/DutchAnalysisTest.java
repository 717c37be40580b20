package nl.vraagbaak.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class DutchAnalysisTest {

  private final DutchAnalysis analysis = DutchAnalysis.standard();

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("question", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return tokens;
  }

  @Test
  void foldsAccentsSoOekraineMatchesOekraïne() {
    assertThat(tokens(analysis.queryAnalyzer(), "Oekraïne")).isEqualTo(tokens(analysis.queryAnalyzer(), "Oekraine"));
    assertThat(tokens(analysis.queryAnalyzer(), "geïnventariseerd")).isEqualTo(tokens(analysis.queryAnalyzer(), "geinventariseerd"));
  }

  @Test
  void lowerCasesAndStemsInflections() {
    assertThat(tokens(analysis.queryAnalyzer(), "Verdediging")).isEqualTo(tokens(analysis.queryAnalyzer(), "verdedigingen"));
    assertThat(tokens(analysis.queryAnalyzer(), "sancties")).isEqualTo(tokens(analysis.queryAnalyzer(), "sanctie"));
  }

  @Test
  void dropsStopWords() {
    assertThat(tokens(analysis.queryAnalyzer(), "de leden van het kabinet")).hasSize(2);
  }

  @Test
  void splitsCompoundsSoLuchtverdedigingssystemenFindsLuchtverdediging() {
    assumeTrue(analysis.splitsCompounds(), "hunspell-nl and hyphen-nl are not installed");
    List<String> compound = tokens(analysis.indexAnalyzer(), "luchtverdedigingssystemen");
    List<String> parts = tokens(analysis.queryAnalyzer(), "lucht verdediging");
    assertThat(compound).containsAll(parts);
    assertThat(tokens(analysis.queryAnalyzer(), "luchtverdediging")).containsAll(parts);
  }

  @Test
  void keepsWordsTheDictionaryKnowsWhole() {
    assumeTrue(analysis.splitsCompounds(), "hunspell-nl and hyphen-nl are not installed");
    assertThat(tokens(analysis.indexAnalyzer(), "regering")).hasSize(1);
  }

  @Test
  void expandsAbbreviationsWhenIndexing() {
    Analyzer index = analysis.indexAnalyzer();
    Analyzer query = analysis.queryAnalyzer();
    assertThat(tokens(index, "de NATO")).containsAll(tokens(query, "NAVO"));
    assertThat(tokens(index, "de NAVO")).containsAll(tokens(query, "NATO"));
    assertThat(tokens(index, "de VS")).containsAll(tokens(query, "Verenigde Staten"));
    assertThat(tokens(index, "de Verenigde Staten")).containsAll(tokens(query, "VS"));
    assertThat(tokens(index, "de OSCE")).containsAll(tokens(query, "OVSE"));
    assertThat(tokens(index, "de VN")).containsAll(tokens(query, "Verenigde Naties"));
    assertThat(tokens(index, "de Europese Unie")).containsAll(tokens(query, "EU"));
    assertThat(tokens(index, "1,5% van het BBP")).containsAll(tokens(query, "bruto binnenlands product"));
    assertThat(tokens(index, "de Kamer")).containsAll(tokens(query, "Tweede Kamer"));
  }

  @Test
  void queriesAreNotExpanded() {
    assertThat(tokens(analysis.queryAnalyzer(), "NAVO")).containsExactly("navo");
  }

  @Test
  void degradesToPlainStemmingWithoutTheDebianWordLists(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    DutchAnalysis plain = DutchAnalysis.of(dir.resolve("missing.dic"), dir.resolve("missing-hyph.dic"));
    assertThat(plain.splitsCompounds()).isFalse();
    assertThat(tokens(plain.indexAnalyzer(), "luchtverdedigingssystemen")).hasSize(1);
    assertThat(tokens(plain.queryAnalyzer(), "Oekraïne")).isEqualTo(tokens(plain.queryAnalyzer(), "oekraine"));
    Path garbage = Files.writeString(dir.resolve("garbage.dic"), "UTF-8\n<<<&&&\n");
    assertThat(DutchAnalysis.of(dir.resolve("missing.dic"), garbage).splitsCompounds()).isFalse();
  }
}
