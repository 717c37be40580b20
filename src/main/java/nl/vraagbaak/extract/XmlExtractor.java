package nl.vraagbaak.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML: every block-like element (one with text of its own, or a known paragraph element) becomes a line. The XML
 * of officielebekendmakingen.nl states the structure of Kamervragen outright ({@code <vraag><nr>Vraag 1</nr>
 * <al>…</al></vraag>}, {@code <antwoord>}, {@code <noot>}), so besides lines this extractor returns {@link Block}s
 * the parser can use without guessing. Footnotes follow the DOCX convention: {@code [footnoteRef:N]} in place and
 * {@code [N: text]} at the end of the paragraph.
 */
final class XmlExtractor implements Extractor {

  /** Elements that are a paragraph even when all their text sits in child elements (emphasis, links). */
  private static final Set<String> LINE_ELEMENTS =
      Set.of("al", "titel", "tussenkop", "kop", "nr", "nummer", "tekstregel", "kamervraagomschrijving", "omschr", "functie", "noot.al", "li", "entry", "datumtekst");

  private static final Set<String> TITLES = Set.of("titel", "kamervraagomschrijving", "omschr", "documenttitel");
  private static final Set<String> HEADINGS = Set.of("tussenkop", "kop");
  private static final Set<String> LABELS = Set.of("nr", "nummer", "vraagnummer", "antwoordnummer");

  /** Publication metadata and bookkeeping numbers, not reading text. */
  private static final Set<String> SKIPPED = Set.of("metadata", "meta", "kamervraagnummer", "colspec", "spanspec", "illustratie");

  private static final Pattern LABEL_TEXT = Pattern.compile("(?i)(vraag|antwoord)\\s+\\d+[a-z]?[.:]?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Override
  public Extracted extract(Path file, String source, String id) throws IOException, UnreadableException {
    byte[] bytes = TextDecoding.readBounded(file, "an XML document");
    Document document;
    try {
      document = SecureXml.documentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
        throw new UnreadableException("is XML with a DOCTYPE declaration, which is refused for safety (entity expansion); remove the DOCTYPE", e);
      }
      throw new UnreadableException("is malformed XML (line " + e.getLineNumber() + ": " + Issues.detail(e) + ")", e);
    } catch (SAXException e) {
      throw new UnreadableException("is malformed XML (" + Issues.detail(e) + ")", e);
    }
    Walk walk = new Walk(noteNumbers(document));
    walk.element(document.getDocumentElement());
    walk.closeText();
    return new Extracted(source, id, Format.XML, walk.lines.lines(), walk.blocks, List.of());
  }

  /** Note ids to their printed numbers, so a {@code <nootref refid>} can name the note it repeats. */
  private static Map<String, String> noteNumbers(Document document) {
    Map<String, String> numbers = new HashMap<>();
    NodeList notes = document.getElementsByTagNameNS("*", "noot");
    for (int i = 0; i < notes.getLength(); i++) {
      Element note = (Element) notes.item(i);
      Element number = child(note, "noot.nr");
      if (!note.getAttribute("id").isEmpty() && number != null) {
        numbers.put(note.getAttribute("id"), clean(number.getTextContent()));
      }
    }
    return numbers;
  }

  /** One pass over the tree, collecting lines and blocks. */
  private static final class Walk {

    final LineCollector lines = new LineCollector();
    final List<Block> blocks = new ArrayList<>();
    private final Map<String, String> noteNumbers;
    private final List<Block> pendingNotes = new ArrayList<>();
    private List<Line> textRun = new ArrayList<>();
    private List<Line> sink = null; // the lines of the question or answer being read, else null

    Walk(Map<String, String> noteNumbers) {
      this.noteNumbers = noteNumbers;
    }

    void element(Element e) {
      String name = name(e);
      if (SKIPPED.contains(name)) {
        return;
      }
      switch (name) {
        case "vraag" -> structured(e, Block.Kind.QUESTION);
        case "antwoord" -> structured(e, Block.Kind.ANSWER);
        case "noot" -> footnote(e);
        default -> {
          if (isLine(e)) {
            Block.Kind kind = TITLES.contains(name) ? Block.Kind.TITLE : HEADINGS.contains(name) ? Block.Kind.HEADING : Block.Kind.TEXT;
            line(e, kind);
          } else {
            children(e);
          }
        }
      }
    }

    private void children(Element e) {
      for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element element) {
          element(element);
        }
      }
    }

    /** A question or answer: its label ("Vraag 1") from its number element or first paragraph, then its lines. */
    private void structured(Element e, Block.Kind kind) {
      if (sink != null) {
        children(e); // nested: keep it in the enclosing block
        return;
      }
      closeText();
      sink = new ArrayList<>();
      String label = null;
      for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (!(child instanceof Element element)) {
          continue;
        }
        String text = clean(element.getTextContent());
        boolean first = label == null && sink.isEmpty();
        if (first && (LABELS.contains(name(element)) || name(element).equals("al") && LABEL_TEXT.matcher(text).matches())) {
          label = text;
          lines.add(text, 0); // the label is a line of the text, but not of the block
        } else {
          element(element);
        }
      }
      blocks.add(new Block(kind, label, sink));
      sink = null;
      flushNotes();
    }

    /** A note outside a paragraph (a list of notes at the end): a line of its own, in the footnote convention. */
    private void footnote(Element e) {
      Element number = child(e, "noot.nr");
      String marker = number == null ? "" : clean(number.getTextContent());
      String text = noteText(e);
      Line line = add("[" + marker + ": " + text + "]");
      pendingNotes.add(new Block(Block.Kind.FOOTNOTE, marker, List.of(new Line(text, line.sourceLine(), 0))));
      if (sink == null) {
        flushNotes();
      }
    }

    private void line(Element e, Block.Kind kind) {
      List<String[]> notes = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      inline(e, text, notes);
      String clean = clean(text.toString());
      if (clean.isEmpty() && notes.isEmpty()) {
        return;
      }
      StringBuilder full = new StringBuilder(clean);
      notes.forEach(note -> full.append(" [").append(note[0]).append(": ").append(note[1]).append(']'));
      if (kind != Block.Kind.TEXT && sink == null) {
        closeText();
      }
      Line line = add(full.toString());
      if (kind != Block.Kind.TEXT && sink == null) {
        blocks.add(new Block(kind, null, List.of(line)));
      }
      for (String[] note : notes) {
        pendingNotes.add(new Block(Block.Kind.FOOTNOTE, note[0], List.of(new Line(note[1], line.sourceLine(), 0))));
      }
      if (sink == null) {
        flushNotes();
      }
    }

    private Line add(String text) {
      lines.add(text, 0);
      Line line = lines.lines().getLast();
      if (sink != null) {
        sink.add(line);
      } else {
        textRun.add(line);
      }
      return line;
    }

    /** The text of a paragraph with its notes taken out as [footnoteRef:N] markers. */
    private void inline(Element e, StringBuilder out, List<String[]> notes) {
      for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
        switch (child) {
          case Element element when name(element).equals("noot") -> {
            Element number = child(element, "noot.nr");
            String marker = number == null ? String.valueOf(notes.size() + 1) : clean(number.getTextContent());
            out.append("[footnoteRef:").append(marker).append(']');
            notes.add(new String[] {marker, noteText(element)});
          }
          case Element element when name(element).equals("nootref") -> {
            String marker = noteNumbers.getOrDefault(element.getAttribute("refid"), "?");
            out.append("[footnoteRef:").append(marker).append(']');
          }
          case Element element when SKIPPED.contains(name(element)) -> {}
          case Element element when name(element).equals("li.nr") -> out.append(element.getTextContent()).append(' ');
          case Element element -> {
            boolean block = LINE_ELEMENTS.contains(name(element)) && !out.isEmpty();
            if (block) {
              out.append(' ');
            }
            inline(element, out, notes);
          }
          default -> {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
              out.append(child.getNodeValue());
            }
          }
        }
      }
    }

    private static String noteText(Element note) {
      StringBuilder text = new StringBuilder();
      for (Node child = note.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element element && !name(element).equals("noot.nr")) {
          text.append(' ').append(element.getTextContent());
        }
      }
      return clean(text.toString());
    }

    /** Lines outside questions and answers that are not titles or headings form TEXT blocks. */
    void closeText() {
      if (!textRun.isEmpty()) {
        blocks.add(new Block(Block.Kind.TEXT, null, textRun));
        textRun = new ArrayList<>();
      }
    }

    private void flushNotes() {
      if (!pendingNotes.isEmpty()) {
        closeText();
        blocks.addAll(pendingNotes);
        pendingNotes.clear();
      }
    }
  }

  /** A paragraph element, or any element with text of its own: its whole content is one line. */
  private static boolean isLine(Element e) {
    if (LINE_ELEMENTS.contains(name(e)) && !hasBlockChildren(e)) {
      return true;
    }
    for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
      if ((child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) && !child.getNodeValue().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** A list item or table cell holding several paragraphs is read paragraph by paragraph. */
  private static boolean hasBlockChildren(Element e) {
    int paragraphs = 0;
    for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && (name(element).equals("al") || name(element).equals("lijst") || name(element).equals("table"))) {
        paragraphs++;
      }
    }
    return paragraphs > 1 || child(e, "lijst") != null || child(e, "table") != null;
  }

  private static Element child(Element parent, String localName) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && name(element).equals(localName)) {
        return element;
      }
    }
    return null;
  }

  private static String name(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
  }

  private static String clean(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
