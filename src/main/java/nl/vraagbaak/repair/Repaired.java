package nl.vraagbaak.repair;

import java.util.List;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;

/**
 * Text on its way through the repair chain: the lines still in the flow, the footnotes taken out of it, and what
 * went wrong. Every line keeps the source line and page it came from.
 */
public record Repaired(List<Line> lines, List<Footnote> footnotes, List<Issue> issues) {

  public Repaired {
    lines = List.copyOf(lines);
    footnotes = List.copyOf(footnotes);
    issues = List.copyOf(issues);
  }

  public Repaired withLines(List<Line> newLines) {
    return new Repaired(newLines, footnotes, issues);
  }
}
