package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.parse.ParseResult;
import nl.vraagbaak.parse.Pair;

/** Derives each pair's enrichment from the parsed document; the steps are declared here in order. */
public final class Enricher {

  private Enricher() {}

  public static Enriched enrich(ParseResult parsed) {
    List<EnrichedPair> pairs = new ArrayList<>();
    List<Issue> issues = new ArrayList<>(parsed.issues());
    for (Pair pair : parsed.pairs()) {
      pairs.add(new EnrichedPair(pair, enrich(parsed, pair)));
    }
    return new Enriched(parsed.document(), pairs, parsed.unanswered(), issues);
  }

  private static Enrichment enrich(ParseResult parsed, Pair pair) {
    // Filled in step by step by the enrichment work (issue 5): references, answer kind, commitments.
    return new Enrichment(List.of(), AnswerKind.ANSWERED, null, List.of(), List.of());
  }
}
