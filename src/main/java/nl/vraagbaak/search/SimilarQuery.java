package nl.vraagbaak.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * "Asks the same thing", as a query: the question's most telling terms (MoreLikeThis-style: frequency in
 * the question times rarity in the library's questions), each looked for in earlier questions and, with
 * less weight, in their answers and topics. The terms come from the query chain, so a compound brings its
 * parts, and the index side's synonyms let "BBP" meet "bruto binnenlands product".
 */
final class SimilarQuery {

  /** Tuned on the judged set (see the search bench). */
  static final int MAX_TERMS = 45;
  static final float QUESTION_WEIGHT = 1.0f;
  static final float ANSWER_WEIGHT = 0.5f;
  static final float TOPIC_WEIGHT = 0.3f;

  private SimilarQuery() {}

  /** The query, or null when the text has no term the library knows. */
  static Query of(String text, Analyzer analyzer, IndexReader reader) {
    Map<String, Integer> frequencies = termFrequencies(text, analyzer);
    int documents = Math.max(1, reader.numDocs());
    record Scored(String term, double weight) {}
    List<Scored> scored;
    try {
      scored = new java.util.ArrayList<>();
      for (var entry : frequencies.entrySet()) {
        int df = reader.docFreq(new Term(Fields.QUESTION, entry.getKey()));
        int answerDf = df > 0 ? df : reader.docFreq(new Term(Fields.ANSWER, entry.getKey()));
        if (answerDf == 0) {
          continue;
        }
        double idf = Math.log(1 + (documents - answerDf + 0.5) / (answerDf + 0.5));
        scored.add(new Scored(entry.getKey(), Math.sqrt(entry.getValue()) * idf));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (scored.isEmpty()) {
      return null;
    }
    scored.sort((a, b) -> Double.compare(b.weight(), a.weight()));
    List<Scored> top = scored.subList(0, Math.min(MAX_TERMS, scored.size()));
    double best = top.get(0).weight();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Scored term : top) {
      float boost = (float) (term.weight() / best);
      query.add(new BoostQuery(new TermQuery(new Term(Fields.QUESTION, term.term())), boost * QUESTION_WEIGHT), Occur.SHOULD);
      query.add(new BoostQuery(new TermQuery(new Term(Fields.ANSWER, term.term())), boost * ANSWER_WEIGHT), Occur.SHOULD);
      query.add(new BoostQuery(new TermQuery(new Term(Fields.TOPIC, term.term())), boost * TOPIC_WEIGHT), Occur.SHOULD);
    }
    return query.build();
  }

  private static Map<String, Integer> termFrequencies(String text, Analyzer analyzer) {
    Map<String, Integer> frequencies = new HashMap<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.QUESTION, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() > 1) {
          frequencies.merge(term.toString(), 1, Integer::sum);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return frequencies;
  }
}
