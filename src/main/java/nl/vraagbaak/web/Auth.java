package nl.vraagbaak.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Who may write: nobody unless the server has a token, then whoever sends it. */
final class Auth {

  private final String token;

  Auth(String token) {
    this.token = token;
  }

  boolean writable() {
    return token != null;
  }

  /** Checks the "Authorization: Bearer TOKEN" header (or, for the plain HTML form, a "token" field). */
  void requireWriter(Context ctx, String formToken) {
    if (token == null) {
      throw WebError.forbidden(
          "this server is read-only; start it with --token TOKEN (or VRAAGBAAK_TOKEN) to allow uploads");
    }
    String header = ctx.header("Authorization");
    String sent = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      sent = header.substring(7).strip();
    } else if (formToken != null) {
      sent = formToken.strip();
    }
    if (sent == null || sent.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw WebError.unauthorized("uploads need the server's token; send the header 'Authorization: Bearer TOKEN'");
    }
    if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw WebError.unauthorized("the token does not match the one the server was started with; send that token");
    }
  }
}
