package nl.vraagbaak.store;

import java.nio.file.Path;

/** Another process (or another writer in this one) holds the library's writer lock. */
public final class LibraryInUseException extends RuntimeException {

  private final long holder;

  LibraryInUseException(Path dir, long holder) {
    super("library " + dir + " is in use by process " + (holder > 0 ? holder : "unknown") + "; wait until it finishes or stop it");
    this.holder = holder;
  }

  /** The process id of the writer, or 0 when it could not be read. */
  public long holder() {
    return holder;
  }
}
