package nl.vraagbaak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The five seed documents of ../shared/corpus/seeds, read in place (the project holds no copy of them). */
public final class Seeds {

  private Seeds() {}

  public static Path dir() {
    String shared = System.getProperty("vraagbaak.shared");
    Path base = shared != null ? Path.of(shared) : Path.of("..", "shared");
    Path dir = base.resolve("corpus").resolve("seeds");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("seed folder " + dir.toAbsolutePath() + " is missing; check out ../shared next to the project");
    }
    return dir;
  }

  /** The seed whose file name starts with the given number, e.g. "003". */
  public static Path seed(String number) {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no seed " + number + " in " + dir()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
