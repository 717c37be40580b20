package nl.vraagbaak.repair;

/**
 * A footnote taken out of the flow of text.
 *
 * @param marker the footnote's number or mark as printed, e.g. "2"
 * @param text the footnote's text
 * @param sourceLine where it was printed
 */
public record Footnote(String marker, String text, int sourceLine) {

  /**
   * Where a footnote was referenced, repair leaves {@code REF_OPEN + marker + REF_CLOSE} in the line (private-use
   * characters that no document contains), so that the parser can attach the footnote to the pair that carries it
   * and then drop the reference from the text.
   */
  public static final char REF_OPEN = '\uE000';

  public static final char REF_CLOSE = '\uE001';

  /** The in-text reference to a footnote with this marker. */
  public static String reference(String marker) {
    return REF_OPEN + marker + REF_CLOSE;
  }
}
