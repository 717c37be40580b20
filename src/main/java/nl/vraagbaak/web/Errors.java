package nl.vraagbaak.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Turns failures into answers: JSON for the API, a friendly Dutch page for people. */
final class Errors {

  private final Templates templates;

  Errors(Templates templates) {
    this.templates = templates;
  }

  void send(Context ctx, int status, String message) {
    ctx.status(status);
    if (isApi(ctx)) {
      ctx.json(new ApiError(status, message));
    } else {
      Map<String, Object> model = new HashMap<>();
      model.put("status", status);
      model.put("title", title(status));
      model.put("message", message);
      model.put("pageTitle", title(status));
      ctx.html(templates.render("error", model));
    }
  }

  static boolean isApi(Context ctx) {
    String path = ctx.path();
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Deze vraag begrijpen we niet";
      case 401, 403 -> "Geen toegang";
      case 404 -> "Niet gevonden";
      case 405 -> "Dat kan hier niet";
      case 413 -> "Bestand te groot";
      case 422 -> "Bestand niet te lezen";
      case 503 -> "Tijdelijk niet beschikbaar";
      default -> "Er ging iets mis";
    };
  }
}
