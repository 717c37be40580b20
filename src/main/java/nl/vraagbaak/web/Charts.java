package nl.vraagbaak.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bar charts as plain numbers for the SVG in the templates: geometry is computed here, labels stay text
 * (the template escapes them), so no chart service and no markup built from data.
 */
final class Charts {

  /** Width of the SVG's coordinate system; the label column and the bar area share it. */
  static final int WIDTH = 440;
  static final int LABEL_WIDTH = 185;
  static final int BAR_AREA = 205;
  static final int ROW = 26;

  private Charts() {}

  /** One bar: its label (shortened for the axis), full label, count, length in SVG units, row offset and link. */
  record Bar(String label, String fullLabel, long count, double length, int y, String href) {}

  /** A horizontal bar chart of at most {@code max} rows; the rest is summed into "overig". */
  record Chart(List<Bar> bars, int height) {}

  /** One coloured part of a stacked bar. */
  record Segment(String kind, long count, double x, double length) {}

  record StackedBar(String label, String fullLabel, long total, List<Segment> segments, int y, double length) {}

  record Stacked(List<StackedBar> bars, List<String> kinds, int height) {}

  static Chart bars(Map<String, Long> counts, String filter, int max) {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
    long rest = 0;
    if (rows.size() > max) {
      for (Map.Entry<String, Long> entry : rows.subList(max - 1, rows.size())) {
        rest += entry.getValue();
      }
      rows = new ArrayList<>(rows.subList(0, max - 1));
      rows.add(Map.entry("overig", rest));
    }
    long top = rows.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    List<Bar> bars = new ArrayList<>();
    int y = 0;
    for (Map.Entry<String, Long> row : rows) {
      String href = filter == null || row.getKey().equals("overig") || row.getKey().equals("onbekend")
          ? null : "/?" + filter + "=" + URLEncoder.encode(row.getKey(), StandardCharsets.UTF_8);
      double length = top == 0 ? 0 : Math.max(2, BAR_AREA * (double) row.getValue() / top);
      bars.add(new Bar(shorten(row.getKey()), row.getKey(), row.getValue(), round(length), y, href));
      y += ROW;
    }
    return new Chart(bars, Math.max(ROW, y));
  }

  static Stacked stacked(Map<String, Map<String, Long>> countsPerRow, List<String> kinds, int max) {
    long top = 1;
    for (Map<String, Long> row : countsPerRow.values()) {
      top = Math.max(top, row.values().stream().mapToLong(Long::longValue).sum());
    }
    List<StackedBar> bars = new ArrayList<>();
    int y = 0;
    for (Map.Entry<String, Map<String, Long>> row : countsPerRow.entrySet()) {
      if (bars.size() == max) {
        break;
      }
      List<Segment> segments = new ArrayList<>();
      double x = 0;
      long total = 0;
      for (String kind : kinds) {
        long count = row.getValue().getOrDefault(kind, 0L);
        if (count > 0) {
          double length = BAR_AREA * (double) count / top;
          segments.add(new Segment(kind, count, round(x), round(length)));
          x += length;
          total += count;
        }
      }
      bars.add(new StackedBar(shorten(row.getKey()), row.getKey(), total, segments, y, round(x)));
      y += ROW;
    }
    return new Stacked(bars, kinds, Math.max(ROW, y));
  }

  private static String shorten(String label) {
    return label.length() <= 27 ? label : label.substring(0, 25) + "…";
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
