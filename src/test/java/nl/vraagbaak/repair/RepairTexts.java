package nl.vraagbaak.repair;

import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.extract.Line;

/** Small texts for the repair steps' tests: lines numbered from 1, with or without pages. */
final class RepairTexts {

  private RepairTexts() {}

  /** Lines without pages (as from a text file), numbered 1, 2, … */
  static Repaired text(String... lines) {
    List<Line> out = new ArrayList<>();
    for (String line : lines) {
      out.add(new Line(line, out.size() + 1, 0));
    }
    return new Repaired(out, List.of(), List.of());
  }

  /** Lines on numbered pages (as from a PDF), numbered 1, 2, … across the pages. */
  static Repaired pages(List<List<String>> pages) {
    List<Line> out = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      for (String line : pages.get(p)) {
        out.add(new Line(line, out.size() + 1, p + 1));
      }
    }
    return new Repaired(out, List.of(), List.of());
  }

  static List<String> texts(Repaired repaired) {
    return repaired.lines().stream().map(Line::text).toList();
  }

  static List<Integer> sourceLines(Repaired repaired) {
    return repaired.lines().stream().map(Line::sourceLine).toList();
  }
}
