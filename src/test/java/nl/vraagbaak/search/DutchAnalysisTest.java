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
    for (Analyzer analyzer : List.of(analysis.indexAnalyzer(), analysis.queryAnalyzer())) {
      assertThat(tokens(analyzer, "Oekraïne")).isEqualTo(tokens(analyzer, "Oekraine"));
      assertThat(tokens(analyzer, "geïnventariseerd")).isEqualTo(tokens(analyzer, "geinventariseerd"));
    }
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
  void expandsAbbreviationsInQueries() {
    Analyzer index = analysis.indexAnalyzer();
    Analyzer query = analysis.queryAnalyzer();
    assertThat(tokens(query, "NAVO")).containsAll(tokens(index, "NATO"));
    assertThat(tokens(query, "NATO")).containsAll(tokens(index, "NAVO"));
    assertThat(tokens(query, "VS")).containsAll(tokens(index, "Verenigde Staten"));
    assertThat(tokens(query, "Verenigde Staten")).containsAll(tokens(index, "VS"));
    assertThat(tokens(query, "OSCE")).containsAll(tokens(index, "OVSE"));
    assertThat(tokens(query, "Verenigde Naties")).containsAll(tokens(index, "VN"));
    assertThat(tokens(query, "EU")).containsAll(tokens(index, "Europese Unie"));
    assertThat(tokens(query, "bruto binnenlands product")).containsAll(tokens(index, "bbp"));
    assertThat(tokens(query, "Kamer")).containsAll(tokens(index, "Tweede Kamer"));
  }

  @Test
  void indexesTextWithoutExpansion() {
    assertThat(tokens(analysis.indexAnalyzer(), "NAVO")).containsExactly("navo");
  }

  @Test
  void everySynonymGroupParsesAndHoldsNoStopWordInsideAPhrase() {
    var stop = org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet();
    try (var in = DutchAnalysis.class.getResourceAsStream("synonyms.txt")) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
        for (String entry : line.split(",")) {
          String[] words = entry.strip().split("\\s+");
          if (words.length > 1) {
            assertThat(words).as(line).noneMatch(w -> stop.contains(w));
          }
        }
      });
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void degradesToPlainStemmingWithoutTheDebianWordLists(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    DutchAnalysis plain = DutchAnalysis.of(dir.resolve("missing.dic"), dir.resolve("missing-hyph.dic"));
    assertThat(plain.splitsCompounds()).isFalse();
    assertThat(tokens(plain.indexAnalyzer(), "luchtverdedigingssystemen")).hasSize(1);
    assertThat(tokens(plain.indexAnalyzer(), "Oekraïne")).isEqualTo(tokens(plain.indexAnalyzer(), "oekraine"));
    Path garbage = Files.writeString(dir.resolve("garbage.dic"), "UTF-8\n<<<&&&\n");
    assertThat(DutchAnalysis.of(dir.resolve("missing.dic"), garbage).splitsCompounds()).isFalse();
  }
}
