package nl.vraagbaak.extract;

/** A file that cannot be read; the message says why in plain words and ends up on one line of stderr. */
final class UnreadableException extends Exception {

  UnreadableException(String reason) {
    super(reason);
  }

  UnreadableException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
