package nl.vraagbaak.search;

import java.util.List;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.parse.Document;

/**
 * The earlier pairs like one question.
 *
 * @param question the question looked for
 * @param pair the id of the pair the question belongs to, or null (a text, an unanswered question)
 * @param similar best first; never the pair itself
 */
public record SimilarResult(String question, String pair, List<Similar> similar) {

  public SimilarResult {
    similar = List.copyOf(similar);
  }

  /** One earlier pair. */
  public record Similar(double score, Document document, EnrichedPair pair) {}
}
