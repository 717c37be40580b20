package nl.vraagbaak.web;

import java.nio.file.Path;

/**
 * How to serve a library.
 *
 * @param dataDir the library directory
 * @param host the address to bind, 127.0.0.1 by default
 * @param port the port, 0 for any free one
 * @param token the bearer token that allows uploads, or null for a read-only server
 * @param maxUploadBytes the largest upload accepted
 */
public record WebOptions(Path dataDir, String host, int port, String token, long maxUploadBytes) {

  public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

  public WebOptions {
    if (dataDir == null) {
      throw new IllegalArgumentException("dataDir is null; name the library directory");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not a TCP port; use 0 to 65535");
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (maxUploadBytes <= 0) {
      throw new IllegalArgumentException("maxUploadBytes " + maxUploadBytes + " must be positive");
    }
  }

  public static WebOptions of(Path dataDir, int port) {
    return new WebOptions(dataDir, "127.0.0.1", port, null, DEFAULT_MAX_UPLOAD_BYTES);
  }

  public WebOptions withToken(String newToken) {
    return new WebOptions(dataDir, host, port, newToken, maxUploadBytes);
  }

  public WebOptions withMaxUploadBytes(long bytes) {
    return new WebOptions(dataDir, host, port, token, bytes);
  }

  boolean writable() {
    return token != null;
  }
}
