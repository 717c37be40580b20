package nl.vraagbaak.extract;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * HTML with jsoup: each block element (paragraph, heading, list item, table cell, div with text) and each br ends a line.
 * The HTML of officielebekendmakingen.nl marks Kamervragen with {@code <div class="vraag">} and {@code <div
 * class="antwoord">}: those become {@link Block}s as in the XML, their label ("Vraag 1") the first line when it is one.
 * Note references ({@code <sup>1</sup>}) and notes ({@code <p class="noot"><sup>1</sup> …}) follow the DOCX
 * convention ("[footnoteRef:1]", "[1: …]"). A table with "Vraag" and "Antwoord" columns states its roles as plainly and
 * gives blocks too. The site's page header and footer around the document are no text of it.
 */
final class HtmlExtractor implements Extractor {

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "tr", "td", "th", "caption", "div", "section",
          "article", "main", "header", "footer", "aside", "blockquote", "pre", "ul", "ol", "dl", "table", "thead",
          "tbody", "tfoot", "figure", "figcaption", "address", "hr", "body", "center", "details", "summary");

  /** Elements whose text is not reading text. */
  private static final Set<String> SKIPPED =
      Set.of("head", "script", "style", "noscript", "template", "nav", "svg", "button", "select", "option", "iframe", "object");

  /** Starts and ends of question and answer elements in the flattened text, each on a line of its own. */
  private static final String QUESTION_START = "\u0001Q";
  private static final String ANSWER_START = "\u0001A";
  private static final String BLOCK_END = "\u0001E";

  private static final Pattern LABEL_TEXT =
      Pattern.compile("(?i)(?:vraag|antwoord)(?:\\s+op\\s+vra(?:ag|gen))?\\s+\\d{1,3}[a-z]?(?:\\s*(?:,|en|t/m)\\s*\\d{1,3}[a-z]?)*[.:]?");

  private static final Pattern QUESTION_COLUMN = Pattern.compile("(?i)(?:vra(?:ag|gen)|vraagstelling)[.:]?");
  private static final Pattern ANSWER_COLUMN = Pattern.compile("(?i)(?:antwoord(?:en)?|beantwoording|reactie(?:\\s+kabinet)?)[.:]?");
  private static final Pattern NUMBER_COLUMN = Pattern.compile("(?i)(?:nr|nummer|vraagnummer|vraagnr|#|no)[.:]?");

  private static final Pattern NOTE_NUMBER = Pattern.compile("\\d{1,3}");

  private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  @Override
  public Extracted extract(Path file, String source, String id) throws IOException, UnreadableException {
    String html = decode(TextDecoding.readBounded(file, "an HTML document"));
    Document document = Jsoup.parse(html);
    StringBuilder text = new StringBuilder();
    Element root = document.body() != null ? document.body() : document;
    markQuestionAnswerTables(root);
    root.filter(new Flattener(text));
    LineCollector lines = new LineCollector();
    List<Block> blocks = new ArrayList<>();
    List<Line> run = new ArrayList<>();
    Block.Kind open = null;
    String label = null;
    for (String line : text.toString().split("\n")) {
      String clean = line.strip();
      if (clean.equals(QUESTION_START) || clean.equals(ANSWER_START)) {
        close(open == null ? Block.Kind.TEXT : open, label, run, blocks);
        open = clean.equals(QUESTION_START) ? Block.Kind.QUESTION : Block.Kind.ANSWER;
        label = null;
      } else if (clean.equals(BLOCK_END)) {
        close(open == null ? Block.Kind.TEXT : open, label, run, blocks);
        open = null;
        label = null;
      } else if (!clean.isEmpty()) {
        lines.add(clean, 0);
        if (open != null && label == null && run.isEmpty() && LABEL_TEXT.matcher(clean).matches()) {
          label = clean; // a line of the text, but not of the block
        } else {
          run.add(lines.lines().getLast());
        }
      }
    }
    close(open == null ? Block.Kind.TEXT : open, label, run, blocks);
    boolean structured = blocks.stream().anyMatch(b -> b.kind() == Block.Kind.QUESTION);
    return new Extracted(source, id, Format.HTML, lines.lines(), structured ? blocks : List.of(), List.of());
  }

  /**
   * A table with a "Vraag" and an "Antwoord" column states the roles as outright as the officielebekendmakingen
   * classes do: its cells are marked as those classes are, and a number column becomes the cells' labels.
   */
  private static void markQuestionAnswerTables(Element root) {
    for (Element table : root.select("table")) {
      List<Element> rows = table.select("tr").stream().filter(row -> row.closest("table") == table).toList();
      if (rows.size() < 2) {
        continue;
      }
      List<Element> head = rows.getFirst().children();
      int question = column(head, QUESTION_COLUMN);
      int answer = column(head, ANSWER_COLUMN);
      int number = column(head, NUMBER_COLUMN);
      if (question < 0 || answer < 0 || head.size() > (number < 0 ? 2 : 3)) {
        continue; // a column more (the member, the party, as in a debate table) is for the layouts that read it
      }
      for (Element row : rows.subList(1, rows.size())) {
        List<Element> cells = row.children();
        if (cells.size() <= Math.max(question, answer) || cells.get(question).text().isBlank()) {
          continue;
        }
        String printed = number >= 0 && number < cells.size() ? cells.get(number).text().strip() : "";
        if (NOTE_NUMBER.matcher(printed.replaceFirst("[.)]$", "")).matches()) {
          String n = printed.replaceFirst("[.)]$", "");
          cells.get(question).prependElement("p").text("Vraag " + n);
          cells.get(answer).prependElement("p").text("Antwoord " + n);
          cells.get(number).empty();
        }
        cells.get(question).addClass("vraag");
        cells.get(answer).addClass("antwoord");
      }
    }
  }

  /** The index of the header cell whose whole text matches, or -1. */
  private static int column(List<Element> head, Pattern name) {
    for (int i = 0; i < head.size(); i++) {
      if (name.matcher(head.get(i).text().strip()).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static void close(Block.Kind kind, String label, List<Line> run, List<Block> blocks) {
    if (!run.isEmpty() || kind != Block.Kind.TEXT) {
      blocks.add(new Block(kind, label, run));
    }
    run.clear();
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

  /** The site's own header, footer and skip links, outside the document's main text. */
  private static boolean isSiteChrome(Element element) {
    if (element.hasClass("skiplink") || element.hasClass("sr-only") || element.hasClass("visually-hidden")) {
      return true;
    }
    String name = element.normalName();
    if (!name.equals("header") && !name.equals("footer")) {
      return false;
    }
    for (Element up = element.parent(); up != null; up = up.parent()) {
      if (up.normalName().equals("main") || up.normalName().equals("article")) {
        return false;
      }
    }
    return true;
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
        if (SKIPPED.contains(name) || isSiteChrome(element)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (element.hasClass("noot") || element.hasClass("voetnoot") || element.hasClass("footnote") || opensWithNoteNumber(element)) {
          note(element);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("sup") && NOTE_NUMBER.matcher(element.text().strip()).matches()) {
          out.append("[footnoteRef:").append(element.text().strip()).append(']');
          return FilterResult.SKIP_ENTIRELY;
        }
        if (element.hasClass("vraag") || element.hasClass("antwoord")) {
          out.append('\n').append(element.hasClass("vraag") ? QUESTION_START : ANSWER_START).append('\n');
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

    /** "<p><sup>1</sup> RTL Nieuws …</p>": a paragraph that opens with a note number is the note, whatever its class. */
    private static boolean opensWithNoteNumber(Element element) {
      if (!element.normalName().equals("p")) {
        return false;
      }
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode text && text.isBlank()) {
          continue;
        }
        return child instanceof Element sup && sup.normalName().equals("sup") && NOTE_NUMBER.matcher(sup.text().strip()).matches();
      }
      return false;
    }

    /** "<p class="noot"><sup>1</sup> RTL Nieuws …</p>" as "[1: RTL Nieuws …]" on a line of its own. */
    private void note(Element element) {
      Element number = element.selectFirst("sup");
      String marker = number == null ? "" : number.text().strip();
      String body = element.text().strip();
      if (!marker.isEmpty() && body.startsWith(marker)) {
        body = body.substring(marker.length()).strip();
      }
      out.append('\n').append(marker.isEmpty() ? body : "[" + marker + ": " + body + "]").append('\n');
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        String name = element.normalName();
        if (BLOCKS.contains(name)) {
          out.append('\n');
        }
        if (element.hasClass("vraag") || element.hasClass("antwoord")) {
          out.append(BLOCK_END).append('\n');
        }
        if (name.equals("pre")) {
          preformatted--;
        }
      }
      return FilterResult.CONTINUE;
    }
  }
}
