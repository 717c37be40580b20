package nl.vraagbaak.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The result of reading one file: either its extracted text or the reason it could not be read. */
public sealed interface Extraction {

  /** The file was read. */
  record Read(Extracted extracted) implements Extraction {}

  /** The file could not be read; {@code reason} is one line of plain words. */
  record Failed(String source, String reason) implements Extraction {}

  /** Reads a file of any supported format, detected from its content. Never throws for bad input. */
  static Extraction of(Path file) {
    String source = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        return new Failed(source, "not a readable file");
      }
      String id = documentId(file);
      Format format = FormatDetector.detect(file);
      return new Read(format.extractor().extract(file, source, id));
    } catch (UnreadableException e) {
      return new Failed(source, e.getMessage());
    } catch (IOException e) {
      return new Failed(source, "cannot be read: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      return new Failed(source, "too large to extract in the available memory");
    } catch (RuntimeException e) {
      // Third-party parsers throw all kinds of unchecked exceptions on damaged files.
      return new Failed(source, "damaged or not a supported document (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** First 16 hex digits of the SHA-256 of the file's bytes: the document id of the contract. */
  static String documentId(Path file) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }
}
