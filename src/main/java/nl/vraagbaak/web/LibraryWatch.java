package nl.vraagbaak.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;

/**
 * Notices that another process changed the library (a CLI {@code ingest} while {@code serve} runs), so that the
 * server's caches can keep their results until then, and not a moment longer than a few seconds after.
 *
 * <p>The version is the generation of the search index's last commit: the index is derived from SQLite and committed
 * after it by every writer (ingest, reindex, the reconciliation on open), so a new commit means new data in both.
 * Reading it lists one directory: cheap enough to do every second. {@code PRAGMA data_version} would be another
 * signal, but it is per connection and the library's readers are a pool.
 */
final class LibraryWatch implements AutoCloseable {

  static final long POLL_MILLIS = 1_000;
  /** After a commit is seen, the index's readers reopen within a second; only then are the caches rebuilt. */
  static final long SETTLE_MILLIS = 1_500;

  private final Path indexDir;
  private final Runnable changed;
  private final Thread thread;
  private volatile long version;

  LibraryWatch(Path indexDir, Runnable changed) {
    this.indexDir = indexDir;
    this.changed = changed;
    this.version = version(indexDir);
    this.thread = Thread.ofPlatform().daemon().name("vraagbaak-watch").start(this::watch);
  }

  /** The generation of the last commit in {@code indexDir}, -1 while there is none. */
  static long version(Path indexDir) {
    try (Stream<Path> files = Files.list(indexDir)) {
      return SegmentInfos.getLastCommitGeneration(files.map(f -> f.getFileName().toString()).toArray(String[]::new));
    } catch (NoSuchFileException e) {
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }

  long version() {
    return version;
  }

  private void watch() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(POLL_MILLIS);
        if (version(indexDir) != version) {
          Thread.sleep(SETTLE_MILLIS);
          version = version(indexDir);
          changed.run();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        System.err.println("vraagbaak serve: refreshing after a change of the library failed: " + e);
      }
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
