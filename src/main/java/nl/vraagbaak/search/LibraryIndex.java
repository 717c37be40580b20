package nl.vraagbaak.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.Stored;

/**
 * Keeps a library's index in step with the library (the system of record). Opening it reconciles: every
 * document whose version in the library differs from the index's is indexed again, every indexed document
 * the library no longer has is removed. So an ingest killed between storing and indexing leaves nothing
 * behind that the next writer does not repair.
 */
public final class LibraryIndex implements AutoCloseable {

  /**
   * Commits at most this often while documents stream in (readers in other processes see new documents then);
   * the reconcile on open covers what a kill loses. Each commit writes every buffered document as a small segment,
   * to be merged later: a minute keeps that to a few percent of indexing.
   */
  private static final long COMMIT_MILLIS = 60_000;

  /**
   * Documents buffered before Lucene writes a segment: fewer, larger segments to flush and merge while a library
   * is built. Within the 1 GB heap of the benchmark with room to spare.
   */
  private static final double RAM_BUFFER_MB = 256;

  /** What reconciling changed. */
  public record Reconciled(int indexed, int removed) {}

  /** Documents handed to the indexing thread and not yet indexed: bounds memory, keeps both cores busy. */
  private static final int QUEUE = 32;

  private final Library library;
  private final PairIndex index;
  private final Reconciled reconciled;
  private final ThreadPoolExecutor indexer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(QUEUE), runnable -> {
        Thread thread = new Thread(runnable, "vraagbaak-index");
        thread.setDaemon(true);
        return thread;
      }, new ThreadPoolExecutor.CallerRunsPolicy());
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private volatile long lastCommit = System.currentTimeMillis();

  private LibraryIndex(Library library, PairIndex index, boolean reconcile) {
    this.library = library;
    this.index = index;
    this.reconciled = reconcile ? reconcile() : new Reconciled(0, 0);
  }

  /** Opens the index of a library opened for writing, and reconciles it with the library. */
  public static LibraryIndex open(Library library) throws IOException {
    return open(library, true);
  }

  /** Rebuilds the index of a library opened for writing from scratch; returns the number of documents. */
  public static int rebuild(Library library) throws IOException {
    try (LibraryIndex index = open(library, false)) {
      return index.rebuild();
    }
  }

  private static LibraryIndex open(Library library, boolean reconcile) throws IOException {
    PairIndex index = PairIndex.openForWriting(PairIndex.in(library.dir()), RAM_BUFFER_MB);
    try {
      return new LibraryIndex(library, index, reconcile);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** What the reconcile on open changed. */
  public Reconciled reconciled() {
    return reconciled;
  }

  /**
   * Indexes a document the library has just stored, on the indexing thread, so that the library's writer
   * can store the next document meanwhile. A failure there surfaces at the next call or at {@link #close}.
   */
  public void stored(Stored stored) {
    rethrow();
    indexer.execute(() -> {
      try {
        index.put(stored.document(), stored.version());
        long now = System.currentTimeMillis();
        if (now - lastCommit >= COMMIT_MILLIS) {
          index.commit();
          lastCommit = now;
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      }
    });
  }

  private void rethrow() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw new IllegalStateException("indexing failed; run 'vraagbaak reindex' once the cause is fixed: " + e.getMessage(), e);
    }
  }

  private void drain() {
    indexer.shutdown();
    try {
      if (!indexer.awaitTermination(1, TimeUnit.HOURS)) {
        throw new IllegalStateException("indexing did not finish within an hour");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    }
  }

  private int rebuild() {
    index.clear();
    int[] count = {0};
    Map<String, Long> versions = library.documentVersions();
    library.forEachDocument(document -> {
      index.put(document, versions.getOrDefault(document.document().id(), 0L));
      count[0]++;
    });
    index.commit();
    return count[0];
  }

  private Reconciled reconcile() {
    Map<String, Long> wanted = library.documentVersions();
    Map<String, Long> indexed = new HashMap<>(index.versions());
    int put = 0;
    for (var entry : wanted.entrySet()) {
      Long have = indexed.remove(entry.getKey());
      if (!entry.getValue().equals(have)) {
        var document = library.document(entry.getKey());
        if (document.isPresent()) {
          index.put(document.get(), entry.getValue());
          put++;
        }
      }
    }
    indexed.keySet().forEach(index::delete);
    if (put > 0 || !indexed.isEmpty()) {
      index.commit();
    }
    return new Reconciled(put, indexed.size());
  }

  /** The index itself, for searching through this writer. */
  public PairIndex index() {
    return index;
  }

  @Override
  public void close() {
    try {
      drain();
      rethrow();
      index.commit();
    } finally {
      index.close();
    }
  }
}
