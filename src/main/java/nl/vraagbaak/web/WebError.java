package nl.vraagbaak.web;

/**
 * A request that cannot be served as asked: carries the HTTP status and a message that says what to send
 * instead. Thrown by handlers and parameter parsing, turned into JSON or an HTML page by {@link Errors}.
 */
final class WebError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  private WebError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static WebError badRequest(String message) {
    return new WebError(400, message);
  }

  static WebError unauthorized(String message) {
    return new WebError(401, message);
  }

  static WebError forbidden(String message) {
    return new WebError(403, message);
  }

  static WebError notFound(String message) {
    return new WebError(404, message);
  }

  static WebError tooLarge(String message) {
    return new WebError(413, message);
  }

  static WebError unprocessable(String message) {
    return new WebError(422, message);
  }

  static WebError unavailable(String message) {
    return new WebError(503, message);
  }
}
