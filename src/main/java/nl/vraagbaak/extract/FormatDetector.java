package nl.vraagbaak.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells a file's format from its first bytes, not its name. */
final class FormatDetector {

  private FormatDetector() {}

  static Format detect(Path file) throws IOException, UnreadableException {
    byte[] head = new byte[4096];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n == 0) {
      throw new UnreadableException("is empty");
    }
    return Format.TEXT;
  }
}
