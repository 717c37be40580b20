package nl.vraagbaak.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.vraagbaak.store.Library;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of the library commands: the library directory. */
final class DataDir {

  @Option(names = "--data", paramLabel = "DIR",
      description = "library directory (default: $VRAAGBAAK_HOME, else ./vraagbaak-data)")
  Path dir;

  /** The directory named, else $VRAAGBAAK_HOME, else ./vraagbaak-data. */
  Path path() {
    if (dir != null) {
      return dir;
    }
    String home = System.getenv("VRAAGBAAK_HOME");
    return home != null && !home.isBlank() ? Path.of(home) : Path.of("vraagbaak-data");
  }

  /** Opens an existing library for reading; a missing one is a user error that says how to create it. */
  Library openForReading() {
    Path path = path();
    if (!Files.isRegularFile(path.resolve(Library.DATABASE_FILE))) {
      throw new UserError("no library in " + path + "; create one with 'vraagbaak ingest --data " + path + " FILE...'");
    }
    return Library.open(path);
  }
}
