package nl.vraagbaak.extract;

/**
 * One line of extracted text and where it came from.
 *
 * @param text the line's text, without its line terminator
 * @param sourceLine 1-based line number in the extracted text of the source file
 * @param page 1-based page number, or 0 where the format has no pages
 */
public record Line(String text, int sourceLine, int page) {

  public Line {
    if (text == null) {
      throw new IllegalArgumentException("Line text is null at source line " + sourceLine + "; pass \"\" for an empty line");
    }
  }

  /** The same place in the source, with other text (a repair keeps provenance). */
  public Line withText(String newText) {
    return new Line(newText, sourceLine, page);
  }

  /** Whether the text is empty or only white space; a printable ASCII first character answers at once. */
  public boolean isBlank() {
    if (text.isEmpty()) {
      return true;
    }
    char first = text.charAt(0);
    return (first <= ' ' || first >= 0x7f) && text.isBlank(); // called for every line by every step
  }
}
