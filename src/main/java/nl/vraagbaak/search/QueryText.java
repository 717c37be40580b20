package nl.vraagbaak.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The user's query syntax: words, "phrases", AND/OR/NOT (also + and -), prefix*, field:word for
 * question, answer and topic; words without a field search all three, the question weighing most.
 */
final class QueryText {

  private static final String[] FIELDS = {Fields.QUESTION, Fields.ANSWER, Fields.TOPIC};
  private static final Map<String, Float> BOOSTS = Map.of(Fields.QUESTION, 2.0f, Fields.ANSWER, 1.0f, Fields.TOPIC, 1.0f);

  private QueryText() {}

  /** Parses the query; all words must match, or any of them when {@code allWords} is false. */
  static Query parse(String text, Analyzer analyzer, boolean allWords) throws ParseException {
    if (text.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    Parser parser = new Parser(analyzer);
    parser.setDefaultOperator(allWords ? QueryParser.Operator.AND : QueryParser.Operator.OR);
    Query query = parser.parse(text);
    if (query == null) {
      throw new ParseException("the query '" + text + "' has no searchable words (only stop words?)");
    }
    return query;
  }

  /** Whether the user wrote any operator, quote or field, so that relaxing AND to OR would change their meaning. */
  static boolean isPlainWords(String text) {
    return !text.matches("(?s).*([\"():*?~^\\[\\]{}\\\\]|(^|\\s)[+\\-]|\\bAND\\b|\\bOR\\b|\\bNOT\\b).*");
  }

  /**
   * Plain words, more than a few: a pasted question or sentence. Requiring every word would find only the
   * text itself, so such a query ranks pairs by how many of the words they have, and how rare those are.
   */
  static boolean isLongPlainText(String text) {
    return isPlainWords(text) && text.strip().split("\\s+").length > LONG_QUERY_WORDS;
  }

  private static final int LONG_QUERY_WORDS = 6;

  /** One line for the user: what is wrong and what to write instead. */
  static String explain(String text, Exception e) {
    String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
    first = first.replaceFirst("^Cannot parse '.*?':\\s*", "");
    return "cannot understand the query '" + text + "': " + first
        + "; write words, \"a phrase\", AND, OR, NOT, prefix* or question:word, and put other punctuation in quotes";
  }

  private static final class Parser extends MultiFieldQueryParser {
    Parser(Analyzer analyzer) {
      super(FIELDS, analyzer, BOOSTS);
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(false); // multi-word synonyms ("Verenigde Staten") need the words together
    }

    /**
     * A split compound arrives as the word and its parts at one position (the parts marked by their boost):
     * match the word, or all of its parts ("luchtverdediging" finds "luchtverdediging" and "verdediging van
     * het luchtruim"), instead of any one part. Synonyms at one position stay alternatives.
     */
    @Override
    protected Query newSynonymQuery(String field, QueryBuilder.TermAndBoost[] terms) {
      List<QueryBuilder.TermAndBoost> parts = new ArrayList<>();
      List<QueryBuilder.TermAndBoost> words = new ArrayList<>();
      for (QueryBuilder.TermAndBoost term : terms) {
        (term.boost() == CompoundSplitter.PART_BOOST ? parts : words).add(term);
      }
      if (parts.size() < 2 || words.isEmpty()) {
        return super.newSynonymQuery(field, terms);
      }
      BooleanQuery.Builder allParts = new BooleanQuery.Builder();
      parts.forEach(t -> allParts.add(new TermQuery(new Term(field, t.term())), Occur.MUST));
      Query word = words.size() == 1
          ? new TermQuery(new Term(field, words.get(0).term()))
          : super.newSynonymQuery(field, words.toArray(QueryBuilder.TermAndBoost[]::new));
      // a disjunction, not a BooleanQuery: MultiFieldQueryParser would regroup a BooleanQuery's clauses as words
      return new DisjunctionMaxQuery(List.of(word, allParts.build()), 0.1f);
    }
  }
}
