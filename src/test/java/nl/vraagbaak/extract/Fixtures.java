package nl.vraagbaak.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Builders of real files for the extraction tests: PDFs, DOCX and ODT files, ZIP archives. */
final class Fixtures {

  private Fixtures() {}

  /** A PDF with one page per list of lines, written with a standard font. */
  static Path pdf(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.setLeading(14);
          content.newLineAtOffset(60, 780);
          for (String line : lines) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      pdf.save(file.toFile());
    }
    return file;
  }

  /** The same PDF, encrypted so that it needs a password to open. */
  static Path encrypt(Path pdfFile, Path target) throws IOException {
    try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(pdfFile.toFile())) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(target.toFile());
    }
    return target;
  }

  /** The first {@code fraction} of a file's bytes, as a broken download leaves it. */
  static Path truncate(Path file, Path target, double fraction) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(target, java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    return target;
  }

  /** A ZIP archive with the given entries (name to content). */
  static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A DOCX-shaped ZIP whose one huge entry is zeros: a few hundred KB that inflate to {@code megabytes} MB. */
  static Path zipBomb(Path file, int megabytes) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < megabytes; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return file;
  }

  /** A DOCX written by POI: paragraphs, a footnote with a reference in the second paragraph, and a table. */
  static Path docxWithFootnoteAndTable(Path file) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("Vraag 1");
      XWPFParagraph question = doc.createParagraph();
      question.createRun().setText("Kunt u aangeven hoeveel gemeenten de regeling toepassen?");
      XWPFFootnote note = doc.createFootnote();
      note.createParagraph().createRun().setText("Kamerstuk 12345, nr. 6");
      question.createRun().getCTR().addNewFootnoteReference().setId(note.getId());
      question.createRun().setText(" Graag een overzicht per provincie.");
      doc.createParagraph();
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("Vraag 2");
      table.getRow(0).getCell(1).setText("Welke termijn geldt voor de evaluatie?");
      table.getRow(1).getCell(0).setText("Antwoord 2");
      table.getRow(1).getCell(1).setText("De evaluatie volgt binnen twee jaar.");
      doc.createParagraph().createRun().setText("Slotzin na de tabel.");
      doc.write(out);
    }
    return file;
  }

  /** An ODT assembled from its parts, with the given body inside office:text. */
  static Path odt(Path file, String body) throws IOException {
    String content =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
            xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
          <office:body><office:text>%s</office:text></office:body>
        </office:document-content>
        """
            .formatted(body);
    String manifest =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
          <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
          <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """;
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
    entries.put("content.xml", content.strip().getBytes(StandardCharsets.UTF_8));
    entries.put("META-INF/manifest.xml", manifest.strip().getBytes(StandardCharsets.UTF_8));
    return zip(file, entries);
  }

  static Extracted read(Path file) {
    Extraction result = Extraction.of(file);
    assertThat(result).as("extraction of %s", file).isInstanceOf(Extraction.Read.class);
    return ((Extraction.Read) result).extracted();
  }

  static String failure(Path file) {
    Extraction result = Extraction.of(file);
    assertThat(result).as("extraction of %s", file).isInstanceOf(Extraction.Failed.class);
    return ((Extraction.Failed) result).reason();
  }

  static List<String> texts(Extracted extracted) {
    return extracted.lines().stream().map(Line::text).toList();
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** The words of {@code expected} that cannot be found, in order, among the words of {@code actual}. */
  static List<String> missingInOrder(String expected, String actual) {
    List<String> want = words(expected);
    List<String> have = words(actual);
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (String word : want) {
      int found = -1;
      for (int i = at; i < Math.min(have.size(), at + 200); i++) {
        if (have.get(i).equals(word)) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        missing.add(word);
      } else {
        at = found + 1;
      }
    }
    return missing;
  }
}
