package nl.vraagbaak.extract;

/**
 * Every size limit of extraction, in one place. They exist so that one hostile or accidental input (a 2 GB log
 * file, a zip bomb) cannot exhaust the memory of a process that also serves other documents.
 */
final class Limits {

  private Limits() {}

  private static final long MB = 1024L * 1024L;

  /** No parliamentary document comes near this; PDFs and DOCX files with many images can reach tens of MB. */
  static final long MAX_DOCUMENT_BYTES = 64 * MB;

  /** Text, HTML and XML are read whole; 16 MB of text is some 5,000 printed pages. */
  static final long MAX_TEXT_BYTES = 16 * MB;

  /** Total uncompressed size of all entries of a DOCX or ODT. */
  static final long MAX_UNZIPPED_BYTES = 256 * MB;

  /** Uncompressed size of one entry of a DOCX or ODT (its main XML part is parsed in memory). */
  static final long MAX_ZIP_ENTRY_BYTES = 64 * MB;

  /** Entries in a DOCX or ODT; real ones have tens, a few hundred with many images. */
  static final int MAX_ZIP_ENTRIES = 10_000;

  /**
   * Smallest compressed/uncompressed ratio accepted for an entry larger than {@link #ZIP_RATIO_GRACE_BYTES}. XML
   * compresses to about 1/10; 1/100 happens with very repetitive content; zip bombs reach 1/1000.
   */
  static final double MIN_INFLATE_RATIO = 0.005;

  /** Entries up to this size are not ratio-checked: small, repetitive parts compress extremely well. */
  static final long ZIP_RATIO_GRACE_BYTES = MB;

  /** How much of the start of a file format detection looks at. */
  static final int SNIFF_BYTES = 8192;

  /** Share of control characters above which a file counts as binary rather than text. */
  static final double MAX_CONTROL_CHAR_RATIO = 0.02;
}
