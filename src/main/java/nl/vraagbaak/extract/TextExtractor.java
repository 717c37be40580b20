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
    TextDecoding.Decoded decoded = TextDecoding.decode(TextDecoding.readBounded(file, "a text document"));
    List<Issue> issues = new ArrayList<>();
    if (!decoded.charset().equals(StandardCharsets.UTF_8) && !decoded.charset().name().startsWith("UTF-16")) {
      issues.add(Issue.warning("not valid UTF-8; read as " + decoded.charset().name(), 0));
    }
    return new Extracted(source, id, Format.TEXT, lines(decoded.text()), List.of(), issues);
  }

  static List<Line> lines(String text) {
    boolean paged = text.indexOf('\f') >= 0;
    int page = paged ? 1 : 0;
    String[] parts = text.split("\r\n|\n|\r", -1);
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
      int laterFeeds = (int) part.chars().filter(c -> c == '\f').count();
      String clean = part.replace("\f", "");
      boolean onlyClosesLastPage = i == count - 1 && clean.isEmpty() && !parts[i].isEmpty();
      if (!onlyClosesLastPage) {
        lines.add(new Line(clean, i + 1, page));
      }
      page += laterFeeds;
    }
    return lines;
  }
}
