package nl.vraagbaak.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * DOCX with POI: one line per paragraph in body order, an empty paragraph as a blank line. A footnote reference
 * stays in the text as {@code [footnoteRef:N]} and the footnote's text follows at the end of its paragraph as
 * {@code [N: text]}: the conversion markers of DOCX-to-text tools, so repair handles one convention for all.
 * A table is read row by row, each cell's paragraphs as their own lines, so the long question and answer cells of
 * a Q/A table stay readable text rather than one line joined by separators; a table of one cell (a box) is set off
 * by blank lines. Numbers of Word's automatic list
 * numbering are printed before their paragraph ({@link DocxNumbering}), as Word shows them.
 */
final class DocxExtractor implements Extractor {

  static {
    // POI's own zip-bomb check, in addition to ZipGuard: it also guards parts read lazily.
    ZipSecureFile.setMinInflateRatio(Limits.MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(Limits.MAX_ZIP_ENTRY_BYTES);
  }

  @Override
  public Extracted extract(Path file, String source, String id) throws IOException, UnreadableException {
    ZipGuard.check(file, "DOCX");
    LineCollector lines = new LineCollector();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XWPFDocument doc = new XWPFDocument(pkg)) {
      body(doc, new DocxNumbering(doc.getNumbering()), lines);
    } catch (Exception e) {
      // POI reports damage with many exception types, checked and unchecked.
      throw new UnreadableException("is a damaged DOCX (" + Issues.detail(e) + ")", e);
    }
    return new Extracted(source, id, Format.DOCX, lines.lines(), List.of(), List.of());
  }

  private static void body(IBody body, DocxNumbering numbering, LineCollector lines) {
    for (IBodyElement element : body.getBodyElements()) {
      switch (element) {
        case XWPFParagraph paragraph -> lines.add(numbering.label(paragraph) + paragraph.getText(), 0);
        case XWPFTable table -> table(table, numbering, lines);
        case XWPFSDT control -> lines.add(control.getContent().getText(), 0);
        default -> {} // other body elements carry no text
      }
    }
  }

  private static void table(XWPFTable table, DocxNumbering numbering, LineCollector lines) {
    if (table.getRows().size() == 1 && table.getRow(0).getTableCells().size() == 1) {
      // a table of one cell is a box (an answer shaded apart from its question): set off as a paragraph of its own
      lines.add("", 0);
      body(table.getRow(0).getCell(0), numbering, lines);
      lines.add("", 0);
      return;
    }
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        body(cell, numbering, lines);
      }
    }
  }
}
