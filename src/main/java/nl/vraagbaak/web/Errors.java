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
      model.put("explanation", explanation(status));
      model.put("message", message);
      model.put("pageTitle", title(status));
      ctx.html(templates.render("error", model));
    }
  }

  static boolean isApi(Context ctx) {
    String path = ctx.path();
    return path.equals("/api") || path.startsWith("/api/");
  }

  /** What a person can do about it, in Dutch; the precise message follows as a detail. */
  private static String explanation(int status) {
    return switch (status) {
      case 400 -> "Het adres bevat een waarde die we niet kunnen gebruiken, zoals een datum die niet bestaat of een zoekvraag"
          + " met een haakje te veel. Pas de zoekvraag of de filters aan.";
      case 401, 403 -> "Hiervoor is de toegangssleutel nodig waarmee de server is gestart.";
      case 404 -> "Wat u zoekt staat niet (meer) in deze bibliotheek. Zoek het op via de zoekpagina.";
      case 413 -> "Het bestand is groter dan deze server aanneemt.";
      case 422 -> "Dit bestand kunnen we niet lezen als PDF, Word, ODT, HTML, XML of tekst.";
      case 503 -> "De bibliotheek wordt op dit moment door een ander proces bijgewerkt. Probeer het zo nog eens.";
      default -> "Probeer het nog eens; blijft dit gebeuren, meld het dan.";
    };
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
