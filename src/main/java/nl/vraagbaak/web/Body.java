package nl.vraagbaak.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A response rendered once and sent many times (a cached search, the home page) or once (a pair page): its bytes,
 * its entity tag and, made on first demand, its gzip form. Sending a cached one costs no rendering, no JSON
 * writing, no checksum and no compression; a client that already has it (If-None-Match) gets 304.
 */
final class Body {

  /** Below this, compressing saves less than it costs. */
  private static final int GZIP_MIN_BYTES = 1_024;

  private final byte[] bytes;
  private final String etag;
  private final String contentType;
  private volatile byte[] gzipped;

  private Body(byte[] bytes, String contentType) {
    this.bytes = bytes;
    this.contentType = contentType;
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    this.etag = Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(bytes.length);
  }

  static Body html(String html) {
    return new Body(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
  }

  static Body json(byte[] json) {
    return new Body(json, "application/json");
  }

  int length() {
    return bytes.length;
  }

  /**
   * Answers the request with this body: gzip when the client takes it, 304 when it has this version already.
   * Written straight to Jetty's response with its length: Javalin's result stream would copy it through a fresh
   * buffer and checksum it again on every request.
   */
  void send(Context ctx) throws IOException {
    boolean gzip = bytes.length >= GZIP_MIN_BYTES && acceptsGzip(ctx.header("Accept-Encoding"));
    // a different tag per encoding: a cache must not answer a gzip request with the plain bytes
    String tag = gzip ? "\"" + etag + "-gz\"" : "\"" + etag + "\"";
    HttpServletResponse response = ctx.res();
    response.setContentType(contentType);
    response.setHeader("Vary", "Accept-Encoding");
    response.setHeader("ETag", tag);
    if (matches(ctx.header("If-None-Match"), tag)) {
      response.setStatus(304);
      return;
    }
    byte[] out = gzip ? gzipped() : bytes;
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(out.length);
    response.getOutputStream().write(out);
  }

  /** Whether an If-None-Match header names this tag (or is "*"). */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String one = candidate.strip();
      if (one.equals("*") || one.equals(tag) || one.startsWith("W/") && one.substring(2).equals(tag)) {
        return true;
      }
    }
    return false;
  }

  private byte[] gzipped() {
    byte[] result = gzipped;
    if (result == null) {
      result = gzip(bytes);
      gzipped = result; // two requests racing here compress twice and keep either: same bytes
    }
    return result;
  }

  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.strip().split(";");
      if (parts[0].strip().equalsIgnoreCase("gzip")) {
        return parts.length < 2 || !parts[1].strip().replace(" ", "").matches("q=0(\\.0*)?");
      }
    }
    return false;
  }

  private static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
      gzip.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip into memory cannot fail", e);
    }
    return out.toByteArray();
  }
}
