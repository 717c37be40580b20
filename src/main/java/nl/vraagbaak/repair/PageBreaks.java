package nl.vraagbaak.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.vraagbaak.extract.Line;

/**
 * Mends paragraphs that a page break cut in two, and marks the paragraph break that a page break hid. Blank lines between a line that leaves its sentence open and the line
 * that carries it on go, so the paragraph joins again; other page breaks shrink to one blank line, an ordinary
 * paragraph break. The same holds for a stray blank line inside a sentence ("de absolute" / "" / "ondergrens").
 *
 * <p>A sentence is left open when its line does not end in sentence punctuation and the line is not a heading: it
 * belongs to a paragraph of several lines, or is nearly as wide as the text's lines. Across a page break that is
 * enough; across an ordinary blank line the next line must also start in lower case.
 */
final class PageBreaks implements RepairStep {

  @Override
  public Repaired apply(Repaired text) {
    List<Line> lines = text.lines();
    Pages.Break[] breakAt = Pages.breakAt(lines, Pages.breaks(lines));
    int wide = wideLine(lines);
    List<Line> out = new ArrayList<>(lines.size());
    boolean changed = false;
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).isBlank() || out.isEmpty()) {
        if (endsParagraphAtPageEnd(out, lines.get(i))) {
          Line last = out.getLast();
          out.add(new Line("", last.sourceLine(), last.page()));
          changed = true;
        }
        out.add(lines.get(i++));
        continue;
      }
      int end = i;
      while (end < lines.size() && lines.get(end).isBlank()) {
        end++;
      }
      boolean pageBreak = breakAt[i] != null;
      if (end < lines.size() && continues(lines, i, end, pageBreak, wide)) {
        Line next = lines.get(end);
        out.add(next.withText(next.text().stripLeading()));
        end++;
        changed = true;
      } else if (pageBreak && end < lines.size()) {
        out.add(lines.get(i));
        changed |= end - i > 1;
      } else {
        out.addAll(lines.subList(i, end));
      }
      i = end;
    }
    return changed ? text.withLines(out) : text;
  }

  /**
   * Whether a page ended a paragraph right before this line, where no blank line shows it (a PDF's page break hides
   * the paragraph gap): the last line of the page closes its sentence and this first line of the next page starts a
   * new one with a capital.
   */
  private static boolean endsParagraphAtPageEnd(List<Line> out, Line line) {
    if (out.isEmpty() || line.page() <= 0) {
      return false;
    }
    Line last = out.getLast();
    if (last.isBlank() || last.page() <= 0 || last.page() == line.page() || leavesSentenceOpen(last.text())) {
      return false;
    }
    String next = line.text().strip();
    return !next.isEmpty() && (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)));
  }

  /** Whether the text before the blank lines {@code [start, end)} carries on after them. */
  private static boolean continues(List<Line> lines, int start, int end, boolean pageBreak, int wide) {
    String before = lines.get(start - 1).text();
    String after = lines.get(end).text().strip();
    if (after.isEmpty() || !leavesSentenceOpen(before)) {
      return false;
    }
    boolean inParagraph = start >= 2 && !lines.get(start - 2).isBlank();
    boolean notHeading = inParagraph || before.strip().length() >= wide;
    if (!notHeading) {
      return false;
    }
    char first = after.charAt(0);
    if (Character.isLowerCase(first)) {
      return true;
    }
    return pageBreak && (Character.isLetterOrDigit(first) || first == '(') && !standsAlone(lines, end, wide);
  }

  /** A short line with a blank line after it, such as "Antwoord": a label or heading, not a sentence's next part. */
  private static boolean standsAlone(List<Line> lines, int index, int wide) {
    boolean blankAfter = index + 1 >= lines.size() || lines.get(index + 1).isBlank();
    return blankAfter && strippedLength(lines.get(index).text()) < wide;
  }

  /** Whether a line ends inside a sentence: on a letter, digit, comma or hyphen, not on . ? ! : ; or a bracket. */
  static boolean leavesSentenceOpen(String line) {
    String s = line.stripTrailing();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return Character.isLetterOrDigit(last) || last == ',' || last == '-' || last == '–' || last == '\u00AD';
  }

  /** The width (80th percentile) that a line of running text reaches; shorter lines may be headings. */
  private static int wideLine(List<Line> lines) {
    int[] lengths = new int[lines.size()];
    int n = 0;
    for (Line line : lines) {
      if (!line.isBlank()) {
        lengths[n++] = strippedLength(line.text());
      }
    }
    if (n == 0) {
      return Integer.MAX_VALUE;
    }
    Arrays.sort(lengths, 0, n);
    return lengths[n * 4 / 5] * 4 / 5;
  }

  /** {@code text.strip().length()} without the copy. */
  static int strippedLength(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end - start;
  }
}
