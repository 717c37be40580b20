package nl.vraagbaak.parse;

import java.util.List;
import nl.vraagbaak.extract.Issue;

/** What a layout made of a text: drafts in document order (those without answer lines are unanswered). */
record Parsed(List<Draft> drafts, List<Issue> issues) {

  Parsed {
    drafts = List.copyOf(drafts);
    issues = List.copyOf(issues);
  }
}
