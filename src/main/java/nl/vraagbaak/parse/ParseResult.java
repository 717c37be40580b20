package nl.vraagbaak.parse;

import java.util.List;
import nl.vraagbaak.extract.Issue;

/** Everything parsing made of one document, including what was wrong with it. */
public record ParseResult(Document document, List<Pair> pairs, List<Unanswered> unanswered, List<Issue> issues) {

  public ParseResult {
    pairs = List.copyOf(pairs);
    unanswered = List.copyOf(unanswered);
    issues = List.copyOf(issues);
  }
}
