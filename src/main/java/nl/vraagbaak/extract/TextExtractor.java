package nl.vraagbaak.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text in UTF-8, UTF-16 (with byte order mark) or Windows-1252, with any line ends. A form feed (as
 * pdftotext writes between pages) starts a new page, so text from a PDF keeps its page numbers.
 */
final class TextExtractor implements Extractor {

  @Override
  public Extracted extract(Path file, String source, String id) throws IOException, UnreadableException {
    byte[] bytes = TextDecoding.readBounded(file, "a text document");
    String[] utf8 = TextDecoding.utf8Lines(bytes);
    if (utf8 != null) {
      return new Extracted(source, id, Format.TEXT, lines(utf8), List.of(), List.of());
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    List<Issue> issues = new ArrayList<>();
    if (!decoded.charset().equals(StandardCharsets.UTF_8) && !decoded.charset().name().startsWith("UTF-16")) {
      issues.add(Issue.warning("not valid UTF-8; read as " + decoded.charset().name(), 0));
    }
    return new Extracted(source, id, Format.TEXT, lines(decoded.text()), List.of(), issues);
  }

  static List<Line> lines(String text) {
    return lines(splitLines(text));
  }

  /** The parts of a text cut at its line ends as lines, with their pages where form feeds mark them. */
  private static List<Line> lines(String[] parts) {
    boolean paged = false;
    for (String part : parts) {
      paged |= part.indexOf('\f') >= 0;
    }
    int page = paged ? 1 : 0;
    int count = parts.length;
    if (count > 1 && parts[count - 1].isEmpty()) {
      count--; // the terminator of the last line does not start another one
    }
    List<Line> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String part = parts[i];
      while (!part.isEmpty() && part.charAt(0) == '\f') {
        part = part.substring(1);
        page++;
      }
      int laterFeeds = paged ? (int) part.chars().filter(c -> c == '\f').count() : 0;
      String clean = laterFeeds > 0 ? part.replace("\f", "") : part;
      boolean onlyClosesLastPage = i == count - 1 && clean.isEmpty() && !parts[i].isEmpty();
      if (!onlyClosesLastPage) {
        lines.add(new Line(clean, i + 1, page));
      }
      page += laterFeeds;
    }
    return lines;
  }

  /** The text cut at every line end (CR LF, LF or CR), as {@code split("\r\n|\n|\r", -1)} would, without a regex. */
  static String[] splitLines(String text) {
    if (text.indexOf('\r') < 0) {
      return splitAtLineFeeds(text);
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        parts.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts.toArray(String[]::new);
  }

  /** The common case of text without carriage returns: String.indexOf finds the line ends, a vector search. */
  private static String[] splitAtLineFeeds(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      parts.add(text.substring(start, end));
      start = end + 1;
    }
    parts.add(text.substring(start));
    return parts.toArray(String[]::new);
  }
}
