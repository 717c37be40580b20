package nl.vraagbaak.store;

import java.io.IOException;
import java.nio.file.Path;

/** A child process that holds a library's writer lock until its stdin closes (see LibraryLockTest). */
public final class LockHolder {

  private LockHolder() {}

  public static void main(String[] args) throws IOException {
    try (Library library = Library.openForWriting(Path.of(args[0]))) {
      System.out.println("locked " + library.dir());
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock until the parent closes our stdin
      }
    }
  }
}
