package nl.vraagbaak.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Inflates every entry of a DOCX or ODT once, counting, before any parser sees it: the sizes in a ZIP's directory
 * can lie, so only the inflated bytes tell a zip bomb from a document.
 */
final class ZipGuard {

  private ZipGuard() {}

  /** Throws when the archive is damaged or would inflate beyond {@link Limits}; {@code kind} is "DOCX" or "ODT". */
  static void check(Path file, String kind) throws IOException, UnreadableException {
    long total = 0;
    int count = 0;
    byte[] buffer = new byte[1 << 16];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (++count > Limits.MAX_ZIP_ENTRIES) {
          throw bomb("more than " + Limits.MAX_ZIP_ENTRIES + " entries");
        }
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            size += n;
            total += n;
            if (size > Limits.MAX_ZIP_ENTRY_BYTES) {
              throw bomb(entry.getName() + " inflates to more than " + mb(Limits.MAX_ZIP_ENTRY_BYTES));
            }
            if (total > Limits.MAX_UNZIPPED_BYTES) {
              throw bomb("the entries inflate to more than " + mb(Limits.MAX_UNZIPPED_BYTES));
            }
            if (size > Limits.ZIP_RATIO_GRACE_BYTES && (double) compressed / size < Limits.MIN_INFLATE_RATIO) {
              throw bomb(entry.getName() + " inflates more than " + Math.round(1 / Limits.MIN_INFLATE_RATIO) + " times");
            }
          }
        }
      }
    } catch (ZipException e) {
      throw new UnreadableException("is a damaged " + kind + " (the ZIP structure is broken: " + Issues.detail(e) + ")", e);
    } catch (IOException e) {
      if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.io.FileNotFoundException) {
        throw e;
      }
      throw new UnreadableException("is a damaged " + kind + " (" + Issues.detail(e) + ")", e);
    }
  }

  private static UnreadableException bomb(String why) {
    return new UnreadableException("looks like a zip bomb (" + why + ")");
  }

  private static String mb(long bytes) {
    return bytes / (1024 * 1024) + " MB";
  }
}
