package nl.vraagbaak.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vraagbaak.extract.Line;

/**
 * Where one page ends and the next begins. Extractors that know pages number every line; plain text extracted from a
 * PDF only shows page breaks as runs of blank lines that are clearly longer than the document's paragraph gaps.
 */
final class Pages {

  /**
   * A page break: the blank lines {@code [start, end)} between two pages; {@code end} is the first line of the next
   * page. Where pages are numbered and no blank line separates them, {@code start == end}.
   */
  record Break(int start, int end) {}

  /** Paragraph gaps of up to this many blank lines are never taken for a page break. */
  private static final int MIN_BREAK_RUN = 4;

  private Pages() {}

  /** The page breaks between text lines, in order. */
  static List<Break> breaks(List<Line> lines) {
    return numbered(lines) ? numberedBreaks(lines) : blankRunBreaks(lines);
  }

  /** Whether each line index starts a page break run, for quick look-up. */
  static Break[] breakAt(List<Line> lines, List<Break> breaks) {
    Break[] at = new Break[lines.size() + 1];
    for (Break b : breaks) {
      at[b.start()] = b;
    }
    return at;
  }

  private static boolean numbered(List<Line> lines) {
    for (Line line : lines) {
      if (line.page() > 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Break> numberedBreaks(List<Line> lines) {
    List<Break> breaks = new ArrayList<>();
    int lastTextPage = -1;
    int runStart = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        if (runStart < 0) {
          runStart = i;
        }
        continue;
      }
      if (lastTextPage >= 0 && line.page() != lastTextPage) {
        breaks.add(new Break(runStart < 0 ? i : runStart, i));
      }
      lastTextPage = line.page();
      runStart = -1;
    }
    return breaks;
  }

  private static List<Break> blankRunBreaks(List<Line> lines) {
    List<Break> runs = new ArrayList<>();
    Map<Integer, Integer> lengths = new HashMap<>();
    boolean seenText = false;
    int runStart = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        if (runStart < 0) {
          runStart = i;
        }
        continue;
      }
      if (runStart >= 0 && seenText) {
        runs.add(new Break(runStart, i));
        lengths.merge(i - runStart, 1, Integer::sum);
      }
      seenText = true;
      runStart = -1;
    }
    int threshold = Math.max(MIN_BREAK_RUN, 2 * mostCommon(lengths) + 1);
    runs.removeIf(run -> run.end() - run.start() < threshold);
    return runs;
  }

  /** The most common blank-run length, the document's paragraph gap; the shorter one on a tie. */
  private static int mostCommon(Map<Integer, Integer> lengths) {
    int best = 1;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> entry : lengths.entrySet()) {
      int count = entry.getValue();
      if (count > bestCount || (count == bestCount && entry.getKey() < best)) {
        best = entry.getKey();
        bestCount = count;
      }
    }
    return best;
  }
}
