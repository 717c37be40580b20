package nl.vraagbaak.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads and checks request parameters; anything malformed becomes a 400 that says what to send. */
final class Params {

  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 10_000;
  static final int MAX_TEXT = 2_000;

  private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern PAIR_ID = Pattern.compile("[0-9a-f]{16}\\.[1-9][0-9]{0,5}");

  private Params() {}

  /** A trimmed text parameter, null when absent or blank. */
  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw WebError.badRequest(
          "parameter '" + name + "' is " + value.length() + " characters long; send at most " + MAX_TEXT);
    }
    if (value.indexOf('\0') >= 0) {
      throw WebError.badRequest("parameter '" + name + "' contains a NUL character; send plain text");
    }
    return value.strip();
  }

  /** A date parameter as YYYY-MM-DD, null when absent. */
  static LocalDate date(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw WebError.badRequest(
          "parameter '" + name + "' is '" + clip(value) + "', not a date; send YYYY-MM-DD, e.g. 2026-02-10");
    }
  }

  /** An integer parameter within [min, max], the default when absent. */
  static int integer(Context ctx, String name, int defaultValue, int min, int max) {
    String value = text(ctx, name);
    if (value == null) {
      return defaultValue;
    }
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw WebError.badRequest(
          "parameter '" + name + "' is '" + clip(value) + "', not a whole number; send a number from " + min + " to " + max);
    }
    if (number < min || number > max) {
      throw WebError.badRequest("parameter '" + name + "' is " + number + "; send a number from " + min + " to " + max);
    }
    return number;
  }

  static int limit(Context ctx, int defaultValue) {
    return integer(ctx, "limit", defaultValue, 1, MAX_LIMIT);
  }

  static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, MAX_OFFSET);
  }

  /** One of the allowed values, the default when absent. */
  static String choice(Context ctx, String name, String defaultValue, java.util.List<String> allowed) {
    String value = text(ctx, name);
    if (value == null) {
      return defaultValue;
    }
    if (!allowed.contains(value)) {
      throw WebError.badRequest("parameter '" + name + "' is '" + clip(value) + "'; send one of " + allowed);
    }
    return value;
  }

  static String documentId(String value) {
    if (value == null || !DOCUMENT_ID.matcher(value).matches()) {
      throw WebError.badRequest(
          "'" + clip(value) + "' is not a document id; send the 16 lower-case hex digits that parse prints, e.g. 3f2a9c0d1e2b4a5c");
    }
    return value;
  }

  static String pairId(String value) {
    if (value == null || !PAIR_ID.matcher(value).matches()) {
      throw WebError.badRequest(
          "'" + clip(value) + "' is not a pair id; send DOCUMENTID.ORDINAL as parse prints it, e.g. 3f2a9c0d1e2b4a5c.12");
    }
    return value;
  }

  /** A value quoted in a message, cut short so that a huge parameter does not make a huge message. */
  static String clip(String value) {
    if (value == null) {
      return "";
    }
    String flat = value.replaceAll("\\p{Cntrl}", " ");
    return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
  }
}
