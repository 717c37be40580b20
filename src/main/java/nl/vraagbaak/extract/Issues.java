package nl.vraagbaak.extract;

/** Helpers for the plain one-line reasons that extraction gives. */
final class Issues {

  private static final int MAX_DETAIL = 160;

  private Issues() {}

  /** A third-party message made fit for one line of stderr: first line, no long tail. */
  static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "no details";
    }
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
  }

  /** The detail of an exception for a reason: its message, or its kind when it has none. */
  static String detail(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : oneLine(message);
  }
}
