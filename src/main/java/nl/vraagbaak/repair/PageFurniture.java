package nl.vraagbaak.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Line;

/**
 * Drops what a page prints around its text: running headers and footers, page numbers, and the Kamerstuk footer
 * ("Tweede Kamer, vergaderjaar 2021–2022, 28 676, nr. 396 28"). Besides the shapes that are furniture wherever they
 * stand, a line is furniture when it stands at a page edge and its shape (digits aside) stands at the edges of many
 * pages and hardly anywhere else. The blank lines of page breaks stay: {@link PageBreaks} handles them.
 */
final class PageFurniture implements RepairStep {

  /**
   * The standard footer of Kamerstukken (the Eerste Kamer's with the letter of the stuk, "36 712, C") and the
   * Aanhangsel, and the colophon lines of their first page (the place and year of the colophon can share the footer's
   * line).
   */
  private static final Pattern KAMERSTUK =
      Pattern.compile("(?:['’]s-Gravenhage \\d{4}\\s+)?(?:Tweede|Eerste) Kamer, vergaderjaar \\d{4}\\s*[–—-]\\s*\\d{4}, (?:[^,]{1,40}, nr\\. ?\\d+[A-Z]?|[^,]{1,40}, [A-Z]{1,3}|[Aa]anhangsel(?: \\d{1,5})?)(?:\\s+\\d{1,4})?"
          + "|(?:kst|ah-tk)-\\d+-[\\w-]+(?: ISSN .*)?|ISSN \\d{4} ?- ?\\d{4}(?: .{0,40})?|['’]s-Gravenhage \\d{4}");

  /** "Pagina 3 van 12", "pagina 3", "Page 3 of 12", "blz. 3". */
  private static final Pattern PAGE_OF =
      Pattern.compile("(?i)(?:pagina|page|blad|blz\\.?)\\s*\\d{1,4}(?:\\s*(?:van|of|/)\\s*\\d{1,4})?");

  /** A page number alone: "3", "- 3 -", "3/12", "3 | 12". */
  private static final Pattern LONE_NUMBER = Pattern.compile("[-–]?\\s*\\d{1,4}\\s*[-–]?|\\d{1,4}\\s*[/|]\\s*\\d{1,4}");

  /** How many text lines at the top and at the bottom of a page count as its edge. */
  private static final int EDGE = 2;

  @Override
  public Repaired apply(Repaired text) {
    List<Line> lines = text.lines();
    boolean[] furniture = new boolean[lines.size()];
    boolean any = markFixedShapes(lines, furniture);
    any |= markPageEdges(lines, furniture);
    any |= markLetterColumn(lines, furniture);
    if (!any) {
      return text;
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (!furniture[i]) {
        out.add(lines.get(i));
      }
    }
    return text.withLines(out);
  }

  private static boolean markFixedShapes(List<Line> lines, boolean[] furniture) {
    boolean any = false;
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).text();
      if (isFixedFurniture(s)) {
        furniture[i] = true;
        any = true;
      }
    }
    return any;
  }

  static boolean isFixedFurniture(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 120) {
      return false;
    }
    boolean kamerstuk = s.contains("vergaderjaar") || s.startsWith("kst-") || s.startsWith("ISSN") || s.startsWith("ah-tk-")
        || s.length() <= 20 && s.contains("s-Gravenhage"); // the colophon of a Kamerstuk or Aanhangsel page
    if (kamerstuk && KAMERSTUK.matcher(s).matches()) {
      return true;
    }
    return s.length() <= 24 && hasDigit(s) && PAGE_OF.matcher(s).matches();
  }

  /** A label of a ministry letter's side column: "Datum", "Onze referentie", "Ons kenmerk", with its value after it. */
  private static final Pattern COLUMN_LABEL =
      Pattern.compile("(?i)(?:datum|onze referentie|uw referentie|ons kenmerk|uw kenmerk|kenmerk|referentie)(?:\\s+(.{1,40}))?");

  /**
   * The side column of a ministry letter ("Datum" / "14 oktober 2025", "Onze referentie" / "2025-0000241873"), which
   * extraction prints again on every page, wherever it falls: a label with its value (on its line or the next) that
   * occurs more than once in the text. The letterhead keeps the first, where the document's date is read.
   */
  private static boolean markLetterColumn(List<Line> lines, boolean[] furniture) {
    Map<String, List<int[]>> entries = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).text().strip();
      if (s.length() > 60 || s.isEmpty() || "DdOoUuKkRr".indexOf(s.charAt(0)) < 0) {
        continue;
      }
      Matcher m = COLUMN_LABEL.matcher(s);
      if (!m.matches()) {
        continue;
      }
      String value = m.group(1);
      int end = i;
      if (value == null && i + 1 < lines.size()) {
        value = lines.get(i + 1).text().strip();
        end = i + 1;
      }
      if (value != null && value.length() <= 40 && hasDigit(value)) {
        entries.computeIfAbsent(s.substring(0, m.end() - (m.group(1) == null ? 0 : m.group(1).length())).strip() + "|" + value,
            k -> new ArrayList<>()).add(new int[] {i, end});
      }
    }
    boolean any = false;
    List<Pages.Break> breaks = entries.isEmpty() ? List.of() : Pages.breaks(lines);
    int firstBreak = breaks.isEmpty() ? lines.size() : breaks.getFirst().start();
    for (List<int[]> places : entries.values()) {
      if (places.size() < 2) {
        continue;
      }
      // the first stands in the letterhead, where it belongs, when it is on the first page; a letterhead without it
      // leaves every copy to the later pages' columns
      int from = places.getFirst()[0] < firstBreak ? 1 : 0;
      for (int[] place : places.subList(from, places.size())) {
        for (int i = place[0]; i <= place[1]; i++) {
          furniture[i] = true;
          any = true;
        }
      }
    }
    for (Pages.Break b : breaks) {
      any |= markColumnAtTop(lines, b.end(), furniture);
      any |= markColumnAtBottom(lines, b.start(), furniture);
    }
    return any;
  }

  /**
   * The side column printed at the bottom of a page, where extraction read it after the page's text: as {@link
   * #markColumnAtTop}, read upwards from the page break.
   */
  private static boolean markColumnAtBottom(List<Line> lines, int end, boolean[] furniture) {
    boolean any = false;
    for (int i = end - 1; i >= 0 && i >= end - 16; i--) {
      String s = lines.get(i).text().strip();
      if (s.isEmpty() || furniture[i]) {
        continue;
      }
      if (s.length() > 60) {
        return any;
      }
      Matcher own = COLUMN_LABEL.matcher(s);
      if (own.matches() && own.group(1) != null && own.group(1).length() <= 40 && hasDigit(own.group(1))) {
        furniture[i] = true; // "Datum 4 maart 2025"
        any = true;
        continue;
      }
      String label = i > 0 ? lines.get(i - 1).text().strip() : "";
      Matcher above = label.length() > 60 ? null : COLUMN_LABEL.matcher(label);
      if (s.length() > 40 || !hasDigit(s) || above == null || !above.matches() || above.group(1) != null) {
        return any;
      }
      furniture[i] = true; // "Datum" / "4 maart 2025"
      furniture[i - 1] = true;
      any = true;
      i--;
    }
    return any;
  }

  /**
   * The side column printed at the top of a later page ("Datum" / "12 juni 2025" / "Kenmerk" / "…"), also where it is
   * printed once: its labels with their values, between lines already known as furniture, up to the first other line.
   */
  private static boolean markColumnAtTop(List<Line> lines, int start, boolean[] furniture) {
    boolean any = false;
    for (int i = start; i < lines.size() && i < start + 16; i++) {
      String s = lines.get(i).text().strip();
      if (s.isEmpty() || furniture[i]) {
        continue;
      }
      Matcher m = s.length() > 60 ? null : COLUMN_LABEL.matcher(s);
      if (m == null || !m.matches()) {
        return any;
      }
      int end = i;
      String value = m.group(1);
      if (value == null && i + 1 < lines.size()) {
        value = lines.get(i + 1).text().strip();
        end = i + 1;
      }
      if (value == null || value.length() > 40 || !hasDigit(value)) {
        return any;
      }
      for (int k = i; k <= end; k++) {
        furniture[k] = true;
      }
      any = true;
      i = end;
    }
    return any;
  }

  /** Marks lone page numbers and repeated headers and footers at page edges; true when it marked any. */
  private static boolean markPageEdges(List<Line> lines, boolean[] furniture) {
    List<int[]> pages = pageRanges(lines);
    if (pages.size() < 2) {
      return false;
    }
    List<List<Integer>> edges = new ArrayList<>(pages.size());
    List<List<String>> edgeShapes = new ArrayList<>(pages.size());
    Map<String, Integer> pagesWithShape = new HashMap<>();
    for (int[] page : pages) {
      List<Integer> edge = edgeLines(lines, page[0], page[1]);
      List<String> shapes = new ArrayList<>(edge.size());
      for (int i : edge) {
        String shape = shape(lines.get(i).text());
        if (!shapes.contains(shape)) {
          pagesWithShape.merge(shape, 1, Integer::sum); // once per page
        }
        shapes.add(shape);
      }
      edges.add(edge);
      edgeShapes.add(shapes);
    }
    // Only shapes on the edges of enough pages can be furniture; the others need no count over the whole text.
    pagesWithShape.entrySet().removeIf(e -> e.getValue() < 2 || e.getValue() * 5 < pages.size() * 2);
    Map<String, Integer> shapeEverywhere = pagesWithShape.isEmpty() ? Map.of() : countShapes(lines, pagesWithShape);
    Integer offset = pageNumberOffset(lines, edges);
    boolean any = false;
    for (int p = 0; p < edges.size(); p++) {
      List<Integer> edge = edges.get(p);
      // a page whose footer or header prints its number ("… nr. 9 3", "Pagina 3 van 5") has no lone page number: a
      // number alone at its top is a list's question number ("4" above "Hoeveel …")
      boolean numbered = edge.stream().anyMatch(i -> furniture[i] && hasDigit(lines.get(i).text()));
      for (int k = 0; k < edge.size(); k++) {
        int i = edge.get(k);
        String text = lines.get(i).text().strip();
        String shape = edgeShapes.get(p).get(k); // the shape of the line is that of its stripped text
        int onEdges = pagesWithShape.getOrDefault(shape, 0);
        boolean repeated = onEdges >= 2 && onEdges * 5 >= pages.size() * 2 && shapeEverywhere.get(shape) * 4 <= onEdges * 5;
        boolean loneNumber = text.length() <= 12 && LONE_NUMBER.matcher(text).matches();
        if (loneNumber && offset != null && firstNumber(text) - p != offset) {
          loneNumber = false; // out of the pages' count: a table's row number ("8" above "Kostić") at the page's top
        }
        if (p > 0 && ColumnHeaders.is(text) && printedBefore(lines, i, text)) {
          repeated = true; // a table's header row printed again on a later page ("Nr Vraag Blz. (van) t/m")
        }
        if (!(numbered && loneNumber) && (repeated || loneNumber)) {
          furniture[i] = true;
          any = true;
        }
      }
    }
    return any;
  }

  /**
   * The difference between the printed page number and the page's index that most lone numbers at page edges share,
   * when at least two pages and more than those of any other difference agree; else null (no count to go by).
   */
  private static Integer pageNumberOffset(List<Line> lines, List<List<Integer>> edges) {
    Map<Integer, Integer> votes = new HashMap<>();
    for (int p = 0; p < edges.size(); p++) {
      java.util.Set<Integer> page = new java.util.HashSet<>();
      for (int i : edges.get(p)) {
        String text = lines.get(i).text().strip();
        if (text.length() <= 12 && LONE_NUMBER.matcher(text).matches()) {
          page.add(firstNumber(text) - p);
        }
      }
      page.forEach(o -> votes.merge(o, 1, Integer::sum));
    }
    Integer best = null;
    int bestVotes = 0;
    boolean tie = false;
    for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
      if (e.getValue() > bestVotes) {
        best = e.getKey();
        bestVotes = e.getValue();
        tie = false;
      } else if (e.getValue() == bestVotes) {
        tie = true;
      }
    }
    return bestVotes >= 2 && !tie ? best : null;
  }

  /** Whether a line before {@code at} reads {@code text}. */
  private static boolean printedBefore(List<Line> lines, int at, String text) {
    for (int i = 0; i < at; i++) {
      if (lines.get(i).text().strip().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /** The first run of digits in a text that has one. */
  private static int firstNumber(String text) {
    int i = 0;
    while (!isDigit(text.charAt(i))) {
      i++;
    }
    int value = 0;
    for (; i < text.length() && isDigit(text.charAt(i)) && value < 100_000; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /**
   * How often each shape that stands at a page edge occurs in the whole text. Only a line whose shape starts as one
   * of them does has its shape built: most lines are body text, and building every line's shape was most of this step.
   */
  private static Map<String, Integer> countShapes(List<Line> lines, Map<String, Integer> shapes) {
    StringBuilder firsts = new StringBuilder();
    for (String shape : shapes.keySet()) {
      firsts.append(shape.isEmpty() ? "" : shape.substring(0, 1));
    }
    String starts = firsts.toString();
    Map<String, Integer> counts = new HashMap<>();
    for (Line line : lines) {
      String text = line.text();
      if (!line.isBlank() && starts.indexOf(firstShapeChar(text)) >= 0) {
        String shape = shape(line.text());
        if (shapes.containsKey(shape)) {
          counts.merge(shape, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** The line indexes {@code [start, end)} of each page, split at the page breaks. */
  private static List<int[]> pageRanges(List<Line> lines) {
    List<int[]> pages = new ArrayList<>();
    int start = 0;
    for (Pages.Break b : Pages.breaks(lines)) {
      pages.add(new int[] {start, b.start()});
      start = b.end();
    }
    pages.add(new int[] {start, lines.size()});
    return pages;
  }

  /** The first and last {@link #EDGE} text lines of a page. */
  private static List<Integer> edgeLines(List<Line> lines, int start, int end) {
    List<Integer> edge = new ArrayList<>(2 * EDGE);
    for (int i = start, n = 0; i < end && n < EDGE; i++) {
      if (!lines.get(i).isBlank()) {
        edge.add(i);
        n++;
      }
    }
    for (int i = end - 1, n = 0; i >= start && n < EDGE; i--) {
      if (!lines.get(i).isBlank()) {
        if (!edge.contains(i)) {
          edge.add(i);
        }
        n++;
      }
    }
    return edge;
  }

  /** A line with its digits and spacing made alike, so that "… nr. 396 27" and "… nr. 396 28" compare equal. */
  static String shape(String line) {
    StringBuilder shape = new StringBuilder(line.length());
    boolean inDigits = false;
    boolean inSpace = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isDigit(c)) {
        if (!inDigits) {
          shape.append('#');
        }
        inDigits = true;
        inSpace = false;
      } else if (isWhitespace(c)) {
        inSpace = shape.length() > 0;
        inDigits = false;
      } else {
        if (inSpace) {
          shape.append(' ');
        }
        shape.append(c);
        inDigits = false;
        inSpace = false;
      }
    }
    return shape.toString();
  }

  /** The first character of {@code shape(line)}, or a space when the shape is empty. */
  private static char firstShapeChar(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isDigit(c)) {
        return '#';
      }
      if (!isWhitespace(c)) {
        return c;
      }
    }
    return ' ';
  }

  /** {@link Character#isDigit}, answered for ASCII without a table lookup. */
  private static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** {@link Character#isWhitespace}, answered for ASCII without a table lookup. */
  private static boolean isWhitespace(char c) {
    return c < 128 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) : Character.isWhitespace(c);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
