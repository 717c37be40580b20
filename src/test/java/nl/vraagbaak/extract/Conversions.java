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
  private static final long TIMEOUT_SECONDS = 300;

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

  /**
   * The cached conversion, made when missing or older than the seed. A seed's conversion is made together with every
   * other seed's that is missing, in one run of soffice: its start costs more than a conversion.
   */
  private static synchronized Path convert(Path seed, String filter, String extension) throws IOException, InterruptedException {
    Path target = target(seed, extension);
    if (fresh(seed, target)) {
      return target;
    }
    List<Path> batch = new java.util.ArrayList<>(List.of(seed));
    if (seed.toAbsolutePath().getParent().equals(seeds().toAbsolutePath())) {
      for (Path other : seedFiles()) {
        if (!other.equals(seed) && !fresh(other, target(other, extension))) {
          batch.add(other);
        }
      }
    }
    assumeTrue(sofficeAvailable(), "soffice (LibreOffice) is not installed");
    Files.createDirectories(CACHE);
    Path profile = Files.createTempDirectory("lo-profile");
    Path out = Files.createTempDirectory(CACHE, "out");
    try {
      List<String> command =
          new java.util.ArrayList<>(List.of("soffice", "--headless", "--norestore", "-env:UserInstallation=" + profile.toUri(),
              "--infilter=Text (encoded):UTF8", "--convert-to", filter, "--outdir", out.toString()));
      batch.forEach(file -> command.add(file.toAbsolutePath().toString()));
      Process soffice = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!soffice.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        soffice.destroyForcibly();
        throw new IOException("soffice did not convert " + batch + " within " + TIMEOUT_SECONDS + " s");
      }
      for (Path file : batch) {
        Path made = out.resolve(target(file, extension).getFileName());
        if (!Files.exists(made)) {
          throw new IOException("soffice exited " + soffice.exitValue() + " without writing " + made);
        }
        Files.move(made, target(file, extension), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(target(file, extension), FileTime.fromMillis(System.currentTimeMillis()));
      }
      return target;
    } finally {
      deleteTree(out);
      deleteTree(profile);
    }
  }

  private static Path target(Path seed, String extension) {
    String name = seed.getFileName().toString();
    return CACHE.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
  }

  private static boolean fresh(Path seed, Path target) throws IOException {
    return Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(seed)) >= 0;
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
