package nl.vraagbaak.extract;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** HTML with jsoup: each block element (paragraph, heading, list item, table cell, div with text) and each br ends a line. */
final class HtmlExtractor implements Extractor {

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "tr", "td", "th", "caption", "div", "section",
          "article", "main", "header", "footer", "aside", "blockquote", "pre", "ul", "ol", "dl", "table", "thead",
          "tbody", "tfoot", "figure", "figcaption", "address", "hr", "body", "center", "details", "summary");

  /** Elements whose text is not reading text. */
  private static final Set<String> SKIPPED =
      Set.of("head", "script", "style", "noscript", "template", "nav", "svg", "button", "select", "option", "iframe", "object");

  private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  @Override
  public Extracted extract(Path file, String source, String id) throws IOException, UnreadableException {
    String html = decode(TextDecoding.readBounded(file, "an HTML document"));
    Document document = Jsoup.parse(html);
    StringBuilder text = new StringBuilder();
    Element root = document.body() != null ? document.body() : document;
    root.filter(new Flattener(text));
    LineCollector lines = new LineCollector();
    for (String line : text.toString().split("\n")) {
      String clean = line.strip();
      if (!clean.isEmpty()) {
        lines.add(clean, 0);
      }
    }
    return new Extracted(source, id, Format.HTML, lines.lines(), List.of(), List.of());
  }

  /** A BOM or valid UTF-8 decides, else a declared charset, else Windows-1252. */
  private static String decode(byte[] bytes) {
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    if (decoded.charset().equals(StandardCharsets.UTF_8) || decoded.charset().name().startsWith("UTF-16")) {
      return decoded.text();
    }
    Matcher declared = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
    if (declared.find()) {
      try {
        return new String(bytes, Charset.forName(declared.group(1).toLowerCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        // an unknown charset name: fall back to the guess
      }
    }
    return decoded.text();
  }

  /** Writes the text of the tree with a line break around every block element. */
  private static final class Flattener implements NodeFilter {

    private final StringBuilder out;
    private int preformatted;

    Flattener(StringBuilder out) {
      this.out = out;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        out.append(preformatted > 0 ? text.getWholeText() : text.text());
      } else if (node instanceof Element element) {
        String name = element.normalName();
        if (SKIPPED.contains(name)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("br") || BLOCKS.contains(name)) {
          out.append('\n');
        }
        if (name.equals("pre")) {
          preformatted++;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        String name = element.normalName();
        if (BLOCKS.contains(name)) {
          out.append('\n');
        }
        if (name.equals("pre")) {
          preformatted--;
        }
      }
      return FilterResult.CONTINUE;
    }
  }
}
