package nl.vraagbaak.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Where uploaded files go: {@code DIR/uploads/} under a name the server makes up. Nothing of the request
 * (file name, path, headers) ever becomes part of a path.
 */
final class Uploads {

  static final String FOLDER = "uploads";

  private final Path folder;
  private final long maxBytes;

  Uploads(Path libraryDir, long maxBytes) {
    this.folder = libraryDir.resolve(FOLDER);
    this.maxBytes = maxBytes;
  }

  /** Copies an upload into a new file of its own; refuses (and removes) what exceeds the limit or is empty. */
  Path save(InputStream content) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve("upload-" + UUID.randomUUID() + ".bin");
    long written = 0;
    try (InputStream in = content;
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        written += n;
        if (written > maxBytes) {
          throw WebError.tooLarge("the file is larger than the upload limit of " + maxBytes / (1024 * 1024)
              + " MB; send a smaller file or start the server with a larger --max-upload-mb");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    if (written == 0) {
      Files.deleteIfExists(file);
      throw WebError.badRequest("the file is empty; send a PDF, DOCX, ODT, HTML, XML or text document");
    }
    return file;
  }

  /** Keeps an ingested upload under its document id (a hash, not anything the client sent). */
  Path keep(Path upload, String documentId, String format) throws IOException {
    Path kept = folder.resolve(documentId + "." + format);
    return Files.move(upload, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The client's file name reduced to something safe to show: last path part, no control characters. */
  static String displayName(String clientName) {
    if (clientName == null) {
      return "upload";
    }
    String name = Labels.fileName(clientName).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "upload";
    }
    return name.length() <= 200 ? name : name.substring(0, 200);
  }
}
