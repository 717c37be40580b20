package nl.vraagbaak.cli;

/** A mistake of the user (unknown id, missing library): printed as one line, exit status 1. */
final class UserError extends RuntimeException {

  UserError(String message) {
    super(message);
  }
}
