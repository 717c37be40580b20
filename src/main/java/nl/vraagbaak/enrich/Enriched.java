package nl.vraagbaak.enrich;

import java.util.List;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.ParseResult;
import nl.vraagbaak.parse.Unanswered;

/**
 * A parsed document with every pair enriched: the unit that is printed, stored, indexed and served.
 * Its JSON is the contract's parse object with the enrichment fields added to each pair.
 */
public record Enriched(Document document, List<EnrichedPair> pairs, List<Unanswered> unanswered, List<Issue> issues) {

  public Enriched {
    pairs = List.copyOf(pairs);
    unanswered = List.copyOf(unanswered);
    issues = List.copyOf(issues);
  }

  /** The parse result without enrichment. */
  public ParseResult parsed() {
    return new ParseResult(document, pairs.stream().map(EnrichedPair::pair).toList(), unanswered, issues);
  }
}
