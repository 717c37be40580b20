package nl.vraagbaak.extract;

import java.util.function.Supplier;

/** The file formats vraagbaak reads, each naming its extractor. Detection is by content, see {@link FormatDetector}. */
public enum Format {
  PDF("pdf", PdfExtractor::new),
  DOCX("docx", DocxExtractor::new),
  ODT("odt", OdtExtractor::new),
  HTML("html", HtmlExtractor::new),
  XML("xml", XmlExtractor::new),
  TEXT("txt", TextExtractor::new);

  private final String label;
  private final Supplier<Extractor> extractor;

  Format(String label, Supplier<Extractor> extractor) {
    this.label = label;
    this.extractor = extractor;
  }

  /** The name used in JSON output: pdf, docx, odt, html, xml or txt. */
  public String label() {
    return label;
  }

  Extractor extractor() {
    return extractor.get();
  }
}
