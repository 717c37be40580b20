package nl.vraagbaak.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ODT: the text of content.xml, one line per paragraph or heading (also in lists and table cells), empty paragraphs
 * as blank lines. Footnotes follow the DOCX convention: {@code [footnoteRef:N]} in place, {@code [N: text]} at the
 * end of the paragraph.
 */
final class OdtExtractor implements Extractor {

  private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String SVG_NS = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

  /** Text that is not part of the reading text: comments, deleted tracked changes, image titles. */
  private static final Set<String> SKIPPED = Set.of(OFFICE_NS + " annotation", TEXT_NS + " tracked-changes", SVG_NS + " title", SVG_NS + " desc");

  @Override
  public Extracted extract(Path file, String source, String id) throws IOException, UnreadableException {
    ZipGuard.check(file, "ODT");
    LineCollector lines = new LineCollector();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry content = zip.getEntry("content.xml");
      if (content == null) {
        throw new UnreadableException("is a damaged ODT (it has no content.xml)");
      }
      try (InputStream in = zip.getInputStream(content)) {
        read(SecureXml.streamFactory().createXMLStreamReader(in), lines);
      }
    } catch (XMLStreamException e) {
      throw new UnreadableException("is a damaged ODT (content.xml is not well-formed: " + Issues.detail(e) + ")", e);
    }
    return new Extracted(source, id, Format.ODT, lines.lines(), List.of(), List.of());
  }

  /** A paragraph being read, and the footnotes that end up after it. */
  private static final class Paragraph {
    final StringBuilder text = new StringBuilder();
    final List<String> notes = new ArrayList<>();
  }

  private static void read(XMLStreamReader xml, LineCollector lines) throws XMLStreamException {
    Deque<Paragraph> open = new ArrayDeque<>();
    int skipping = 0;
    StringBuilder citation = null;
    StringBuilder noteBody = null;
    boolean inCitation = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getNamespaceURI() + " " + xml.getLocalName();
        if (skipping > 0 || SKIPPED.contains(name)) {
          skipping++;
          continue;
        }
        if (!TEXT_NS.equals(xml.getNamespaceURI())) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "p", "h" -> open.push(new Paragraph());
          case "note" -> {
            citation = new StringBuilder();
            noteBody = new StringBuilder();
          }
          case "note-citation" -> inCitation = true;
          case "s" -> append(open, " ".repeat(spaces(xml)));
          case "tab" -> append(open, "\t");
          case "line-break" -> append(open, "\n");
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (skipping > 0) {
          skipping--;
          continue;
        }
        if (!TEXT_NS.equals(xml.getNamespaceURI())) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "p", "h" -> {
            Paragraph done = open.pop();
            if (noteBody != null && !inCitation) {
              noteBody.append(noteBody.isEmpty() ? "" : " ").append(done.text.toString().strip());
            } else {
              StringBuilder line = new StringBuilder(done.text);
              done.notes.forEach(note -> line.append(' ').append(note));
              lines.add(line.toString(), 0);
            }
          }
          case "note-citation" -> inCitation = false;
          case "note" -> {
            String marker = citation == null ? "" : citation.toString().strip();
            if (!open.isEmpty()) {
              open.peek().text.append("[footnoteRef:").append(marker).append(']');
              open.peek().notes.add("[" + marker + ": " + noteBody + "]");
            }
            citation = null;
            noteBody = null;
          }
          default -> {}
        }
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && skipping == 0) {
        if (inCitation && citation != null) {
          citation.append(xml.getText());
        } else {
          append(open, xml.getText());
        }
      }
    }
  }

  private static void append(Deque<Paragraph> open, String text) {
    if (!open.isEmpty()) {
      open.peek().text.append(text);
    }
  }

  private static int spaces(XMLStreamReader xml) {
    String count = xml.getAttributeValue(TEXT_NS, "c");
    try {
      return count == null ? 1 : Math.clamp(Integer.parseInt(count), 1, 1000);
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
