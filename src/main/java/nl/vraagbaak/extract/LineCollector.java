package nl.vraagbaak.extract;

import java.util.ArrayList;
import java.util.List;

/** Numbers lines as they are added, so every extractor gives the same provenance: 1-based, in reading order. */
final class LineCollector {

  private final List<Line> lines = new ArrayList<>();

  /** Adds text that may hold line breaks as one line per break; returns the first line's number. */
  int add(String text, int page) {
    int first = lines.size() + 1;
    for (String part : TextExtractor.splitLines(text)) {
      lines.add(new Line(part, lines.size() + 1, page));
    }
    return first;
  }

  /** The number the next added line will get. */
  int next() {
    return lines.size() + 1;
  }

  List<Line> lines() {
    return lines;
  }

  boolean hasText() {
    return lines.stream().anyMatch(line -> !line.isBlank());
  }
}
