package nl.vraagbaak.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real PDF and DOCX files made from the seed texts by LibreOffice, for tests of any stage. Converted files are
 * cached in target/converted/ (made again when the seed is newer); tests are skipped where soffice is missing.
 */
public final class Conversions {

  private static final Path CACHE = Path.of("target", "converted");
  private static final long TIMEOUT_SECONDS = 180;

  private Conversions() {}

  /** The seed directory shared by all worktrees (surefire sets {@code vraagbaak.shared}). */
  public static Path seeds() {
    Path dir = Path.of(System.getProperty("vraagbaak.shared", "../shared"), "corpus", "seeds");
    assumeTrue(Files.isDirectory(dir), "seed corpus not found at " + dir.toAbsolutePath());
    return dir;
  }

  /** Every seed text, sorted by name. */
  public static List<Path> seedFiles() throws IOException {
    try (Stream<Path> files = Files.list(seeds())) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** The seed converted to PDF by LibreOffice. */
  public static Path toPdf(Path seed) throws IOException, InterruptedException {
    return convert(seed, "pdf", "pdf");
  }

  /** The seed converted to DOCX by LibreOffice. */
  public static Path toDocx(Path seed) throws IOException, InterruptedException {
    return convert(seed, "docx:MS Word 2007 XML", "docx");
  }

  /** The seed converted to ODT by LibreOffice. */
  public static Path toOdt(Path seed) throws IOException, InterruptedException {
    return convert(seed, "odt", "odt");
  }

  /** Whether LibreOffice is installed; tests that need it are skipped otherwise. */
  public static boolean sofficeAvailable() {
    return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, "soffice")));
  }

  private static synchronized Path convert(Path seed, String filter, String extension) throws IOException, InterruptedException {
    String name = seed.getFileName().toString();
    Path target = CACHE.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
    if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(seed)) >= 0) {
      return target;
    }
    assumeTrue(sofficeAvailable(), "soffice (LibreOffice) is not installed");
    Files.createDirectories(CACHE);
    Path profile = Files.createTempDirectory("lo-profile");
    Path out = Files.createTempDirectory(CACHE, "out");
    try {
      Process soffice =
          new ProcessBuilder(
                  "soffice", "--headless", "--norestore", "-env:UserInstallation=" + profile.toUri(), "--infilter=Text (encoded):UTF8",
                  "--convert-to", filter, "--outdir", out.toString(), seed.toAbsolutePath().toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!soffice.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        soffice.destroyForcibly();
        throw new IOException("soffice did not convert " + seed + " within " + TIMEOUT_SECONDS + " s");
      }
      Path made = out.resolve(target.getFileName());
      if (!Files.exists(made)) {
        throw new IOException("soffice exited " + soffice.exitValue() + " without writing " + made);
      }
      Files.move(made, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()));
      return target;
    } finally {
      deleteTree(out);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
