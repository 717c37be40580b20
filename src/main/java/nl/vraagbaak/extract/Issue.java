package nl.vraagbaak.extract;

/**
 * Something wrong with the input that did not stop processing: bad input is data, not an exception.
 *
 * @param severity "warning" or "error"
 * @param message what is wrong, in plain words
 * @param line the source line it concerns, or 0 when it concerns the whole file
 */
public record Issue(String severity, String message, int line) {

  public static Issue warning(String message, int line) {
    return new Issue("warning", message, line);
  }
}
