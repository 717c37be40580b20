package nl.vraagbaak.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF with PDFBox, page by page so every line knows its page. Lines end where they were printed: a word split by
 * a line-end hyphen stays split, because only repair (with a dictionary) can tell "verde-/diging" from "EU-/landen".
 */
final class PdfExtractor implements Extractor {

  @Override
  public Extracted extract(Path file, String source, String id) throws IOException, UnreadableException {
    // Stream data goes to temporary files, not the heap: a 500-page PDF is read within a small, fixed heap.
    try (PDDocument pdf = load(file)) {
      if (pdf.getNumberOfPages() == 0) {
        throw new UnreadableException("is a damaged PDF (no pages could be read)");
      }
      LineCollector lines = new LineCollector();
      try {
        new PageStripper(lines).writeText(pdf, new StringWriter());
      } catch (IOException | RuntimeException e) {
        throw new UnreadableException("is a damaged PDF (" + Issues.detail(e) + ")", e);
      }
      if (!lines.hasText()) {
        throw new UnreadableException("has no text to extract (a scanned PDF needs OCR first)");
      }
      return new Extracted(source, id, Format.PDF, lines.lines(), List.of(), List.of());
    }
  }

  private static PDDocument load(Path file) throws IOException, UnreadableException {
    try {
      return Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
    } catch (InvalidPasswordException e) {
      throw new UnreadableException("is encrypted (password-protected PDF)", e);
    } catch (java.nio.file.AccessDeniedException | java.io.FileNotFoundException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException("is a damaged PDF (" + Issues.detail(e) + ")", e);
    }
  }

  /** Hands each page's text to the collector when the page ends, with that page's number. */
  private static final class PageStripper extends PDFTextStripper {

    private final LineCollector lines;

    PageStripper(LineCollector lines) {
      this.lines = lines;
      setLineSeparator("\n");
      setPageStart("");
      setPageEnd("");
      setParagraphStart("");
      setParagraphEnd("");
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      super.endPage(page);
      StringBuffer text = ((StringWriter) getOutput()).getBuffer();
      int end = text.length();
      if (end > 0 && text.charAt(end - 1) == '\n') {
        end--; // the last line's terminator does not start another line
      }
      if (end > 0) {
        lines.add(text.substring(0, end), getCurrentPageNo());
      }
      text.setLength(0);
    }
  }
}
