package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.extract.Line;

/** Consecutive non-blank lines: the unit in which members and government speak. */
record Paragraph(List<Line> lines) {

  Paragraph {
    lines = List.copyOf(lines);
  }

  /** The paragraph's text on one line. */
  String text() {
    StringBuilder out = new StringBuilder();
    for (Line line : lines) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(line.text().strip());
    }
    return out.toString();
  }

  Line first() {
    return lines.getFirst();
  }

  Line last() {
    return lines.getLast();
  }

  /** Whether the paragraph ends a sentence, so a blank line after it is a real paragraph break. */
  boolean endsSentence() {
    String text = last().text().strip();
    if (text.isEmpty()) {
      return true;
    }
    char end = text.charAt(text.length() - 1);
    return ".?!:;)»\"'”’".indexOf(end) >= 0 || Character.isDigit(end) && text.length() > 1 && ".?!".indexOf(text.charAt(text.length() - 2)) >= 0;
  }

  /** The longest line but the last: how wide this paragraph's text is set. */
  int width() {
    int width = 0;
    for (int i = 0; i < lines.size() - 1; i++) {
      width = Math.max(width, lines.get(i).text().strip().length());
    }
    return width;
  }

  /** Splits lines into paragraphs at blank lines. */
  static List<Paragraph> split(List<Line> lines) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    for (Line line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          paragraphs.add(new Paragraph(current));
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(new Paragraph(current));
    }
    return paragraphs;
  }
}
