package nl.vraagbaak.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF with PDFBox, page by page so every line knows its page ({@link PdfPageText} reads a page's lines). Lines end where they were printed: a word split by
 * a line-end hyphen stays split, because only repair (with a dictionary) can tell "verde-/diging" from "EU-/landen".
 *
 * <p>A long PDF is read in contiguous page ranges, one per processor, each from its own {@link PDDocument} (PDFBox
 * documents are not thread-safe); the pages are put back in order, so the result is the same as reading them in one go.
 */
final class PdfExtractor implements Extractor {

  /** Below this many pages per range, opening the file once more costs more than the second processor gains. */
  private static final int MIN_PAGES_PER_RANGE = 40;

  /** The text of one page, as the stripper wrote it. */
  private record PageText(int page, String text) {}

  @Override
  public Extracted extract(Path file, String source, String id) throws IOException, UnreadableException {
    FontTables.prepare();
    // Stream data goes to temporary files, not the heap: a 500-page PDF is read within a small, fixed heap.
    try (PDDocument pdf = load(file)) {
      int pages = pdf.getNumberOfPages();
      if (pages == 0) {
        throw new UnreadableException("is a damaged PDF (no pages could be read)");
      }
      LineCollector lines = new LineCollector();
      for (PageText page : pages(file, pdf, pages)) {
        lines.add(page.text(), page.page());
      }
      if (!lines.hasText()) {
        throw new UnreadableException("has no text to extract (a scanned PDF needs OCR first)");
      }
      return new Extracted(source, id, Format.PDF, lines.lines(), List.of(), List.of());
    }
  }

  /** Every page's text in page order, read in parallel ranges when the document is long. */
  private static List<PageText> pages(Path file, PDDocument pdf, int pages) throws IOException, UnreadableException {
    int ranges = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages / MIN_PAGES_PER_RANGE));
    if (ranges == 1) {
      return strip(pdf, 1, pages);
    }
    int per = (pages + ranges - 1) / ranges;
    ExecutorService pool = Executors.newFixedThreadPool(ranges - 1, runnable -> {
      Thread thread = new Thread(runnable, "pdf-pages");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<List<PageText>>> later = new ArrayList<>();
      for (int from = 1 + per; from <= pages; from += per) {
        int start = from;
        int end = Math.min(pages, from + per - 1);
        later.add(pool.submit(() -> {
          try (PDDocument own = load(file)) {
            return strip(own, start, end);
          }
        }));
      }
      List<PageText> all = new ArrayList<>(strip(pdf, 1, per));
      for (Future<List<PageText>> range : later) {
        all.addAll(result(range));
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<PageText> result(Future<List<PageText>> range) throws IOException, UnreadableException {
    try {
      return range.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreadableException("was not read: interrupted", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case UnreadableException unreadable -> throw unreadable;
        case IOException io -> throw io;
        case Error error -> throw error; // out of memory is reported by Extraction like anywhere else
        case RuntimeException runtime -> throw runtime;
        default -> throw new IllegalStateException("unexpected failure reading PDF pages", e.getCause());
      }
    }
  }

  /**
   * The text of pages {@code start..end} (1-based); a rotated page goes through PDFBox's own stripper. The pages are
   * walked with the page tree's iterator: {@code getPage(i)} lists the kids of every node on the way to page i again,
   * which for the flat tree that many writers produce made reading all pages quadratic (6% of the extraction time at
   * 500 pages).
   */
  private static List<PageText> strip(PDDocument pdf, int start, int end) throws UnreadableException {
    List<PageText> texts = new ArrayList<>();
    PdfPageText engine = new PdfPageText();
    try {
      Iterator<PDPage> pages = pdf.getPages().iterator();
      for (int number = 1; number <= end && pages.hasNext(); number++) {
        PDPage page = pages.next();
        if (number < start) {
          continue;
        }
        String text = page.getRotation() % 360 == 0 ? engine.text(new DecodedPage(page)) : rotated(pdf, number);
        if (!text.isEmpty()) {
          texts.add(new PageText(number, text));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException("is a damaged PDF (" + Issues.detail(e) + ")", e);
    }
    return texts;
  }

  private static String rotated(PDDocument pdf, int number) throws IOException {
    PageStripper stripper = new PageStripper(number, number);
    stripper.writeText(pdf, new StringWriter());
    return stripper.pages.isEmpty() ? "" : stripper.pages.getFirst().text();
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

  /**
   * PDFBox's font tables, built on first use and then kept for the process: the Adobe glyph list (every simple font
   * needs it), the font mapper with its fallback font (every font the PDF does not embed) and the metrics of
   * Helvetica, the usual such font. Built on first use they cost some 50 ms in the middle of the first page, where
   * every reading thread waits for them; built on another thread while this one opens the file, they are ready.
   */
  private static final class FontTables {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    static void prepare() {
      if (STARTED.compareAndSet(false, true)) {
        Thread.ofPlatform().daemon().name("pdf-fonts").start(FontTables::build);
      }
    }

    private static void build() {
      try {
        GlyphList.getAdobeGlyphList();
        FontMappers.instance();
        Standard14Fonts.getAFM(Standard14Fonts.FontName.HELVETICA.getName());
      } catch (RuntimeException e) {
        // the reading thread meets the same failure when it needs the table, and reports it with the file's name
      }
    }
  }

  /**
   * A page whose content stream is decoded in one go before it is parsed: PDFBox otherwise inflates it while parsing,
   * through a stream read byte by byte (a tenth of the extraction time). Its resources, and so its fonts, are those of
   * the document's own page object, which the document keeps once for all pages.
   */
  private static final class DecodedPage extends PDPage {

    private final PDPage page;

    DecodedPage(PDPage page) {
      super(page.getCOSObject());
      this.page = page;
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() throws IOException {
      return getContentsForRandomAccess();
    }

    @Override
    public PDResources getResources() {
      return page.getResources();
    }
  }

  /** Keeps each page's text when the page ends, with that page's number. */
  private static final class PageStripper extends PDFTextStripper {

    final List<PageText> pages = new ArrayList<>();

    PageStripper(int start, int end) {
      setStartPage(start);
      setEndPage(end);
      setLineSeparator("\n");
      setPageStart("");
      setPageEnd("");
      setParagraphStart("");
      setParagraphEnd("");
      // The duplicate check keeps a sorted map of every glyph of a page and costs a third of the extraction time;
      // text printed twice to fake bold is rare in parliamentary PDFs.
      setSuppressDuplicateOverlappingText(false);
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
        pages.add(new PageText(getCurrentPageNo(), text.substring(0, end)));
      }
      text.setLength(0);
    }
  }
}
