package nl.vraagbaak.extract;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
      String refusal = refusal(file);
      if (refusal != null) {
        return new Failed(source, refusal);
      }
      String id = documentId(file);
      Format format = FormatDetector.detect(file);
      return new Read(format.extractor().extract(file, source, id));
    } catch (UnreadableException e) {
      return new Failed(source, e.getMessage());
    } catch (AccessDeniedException | FileNotFoundException e) {
      return new Failed(source, "cannot be read (permission denied)");
    } catch (NoSuchFileException e) {
      return new Failed(source, "does not exist");
    } catch (IOException e) {
      return new Failed(source, "cannot be read: " + Issues.detail(e));
    } catch (OutOfMemoryError e) {
      return new Failed(source, "too large to extract in the available memory");
    } catch (StackOverflowError e) {
      return new Failed(source, "is nested too deeply to read");
    } catch (RuntimeException e) {
      // Third-party parsers throw all kinds of unchecked exceptions on damaged files.
      return new Failed(source, "damaged or not a supported document (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Why a path cannot be read at all, before its content is looked at; null when it can be. */
  private static String refusal(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "does not exist";
    }
    if (Files.isDirectory(file)) {
      return "is a directory, not a file";
    }
    if (!Files.isRegularFile(file)) {
      return "is not a regular file";
    }
    if (!Files.isReadable(file)) {
      return "cannot be read (permission denied)";
    }
    long size = Files.size(file);
    if (size == 0) {
      return "is empty";
    }
    if (size > Limits.MAX_DOCUMENT_BYTES) {
      return "is larger than the " + Limits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB limit for a document (it has " + size / (1024 * 1024) + " MB)";
    }
    return null;
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
