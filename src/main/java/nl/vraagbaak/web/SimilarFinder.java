package nl.vraagbaak.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import nl.vraagbaak.search.Embeddings;
import nl.vraagbaak.search.HybridSimilarity;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.search.SimilarResult;
import nl.vraagbaak.store.Library;

/** How the pair page and {@code /api/similar} find earlier pairs: by BM25 alone, or fused with question vectors. */
interface SimilarFinder extends AutoCloseable {

  Optional<SimilarResult> toPair(String pairId, int limit);

  SimilarResult toText(String text, int limit);

  /** Changes when the finder's answers may change (the vectors came up to date): remembered lookups carry it. */
  default long generation() {
    return 0;
  }

  /** The library changed: vectors embed the questions of the new documents (by words alone meanwhile). */
  default void changed() {}

  @Override
  default void close() {}

  static SimilarFinder lexical(PairIndex index) {
    return new SimilarFinder() {
      @Override
      public Optional<SimilarResult> toPair(String pairId, int limit) {
        return index.similarToPair(pairId, limit);
      }

      @Override
      public SimilarResult toText(String text, int limit) {
        return index.similarToText(text, limit);
      }
    };
  }

  /**
   * BM25 fused with the vectors of {@code model}. The vectors are first brought up to date with the library in the
   * background (on a new model that embeds every question, which may take long); until then the finder is lexical,
   * so that the server answers from the start.
   */
  static SimilarFinder hybrid(PairIndex index, Library library, Embeddings model) {
    try {
      return new Hybrid(index, HybridSimilarity.open(index, model, HybridSimilarity.vectorsIn(library.dir())), library, model);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the vectors of " + library.dir(), e);
    }
  }

  /** The vector index reopens its reader as it goes and is not safe for concurrent use: one lookup at a time. */
  final class Hybrid implements SimilarFinder {

    private final SimilarFinder lexical;
    private final HybridSimilarity hybrid;
    private final Library library;
    private final Embeddings model;
    private Thread syncing;
    private boolean again;
    private volatile boolean synced;
    private volatile long generation;

    @Override
    public long generation() {
      return generation;
    }

    private Hybrid(PairIndex index, HybridSimilarity hybrid, Library library, Embeddings model) {
      this.lexical = lexical(index);
      this.hybrid = hybrid;
      this.library = library;
      this.model = model;
      startSync();
    }

    @Override
    public synchronized void changed() {
      if (syncing.isAlive()) {
        again = true; // the sync in progress may have read the library before this change
      } else {
        startSync();
      }
    }

    private synchronized void startSync() {
      synced = false;
      again = false;
      syncing = Thread.ofPlatform().daemon().name("vraagbaak-vectors").start(() -> {
        sync(library, model);
        synchronized (this) {
          if (again) {
            startSync();
          }
        }
      });
    }

    private void sync(Library library, Embeddings model) {
      try {
        if (!hybrid.writable()) {
          System.err.println("vraagbaak serve: another process is updating the vectors of " + model.describe() + "; using those stored so far");
        } else {
          HybridSimilarity.Synced done;
          synchronized (hybrid) {
            done = hybrid.sync(library, line -> System.err.println("vraagbaak serve: " + line));
          }
          if (done.documents() > 0 || done.removed() > 0) {
            System.err.printf(java.util.Locale.ROOT, "vraagbaak serve: embedded %d questions of %d documents with %s%n",
                done.questions(), done.documents(), model.describe());
          }
        }
        generation++;
        synced = true;
      } catch (RuntimeException e) {
        System.err.println("vraagbaak serve: cannot update the vectors, similar questions by words alone: " + e.getMessage());
      }
    }

    /** True once the vectors are in use. */
    boolean synced() {
      return synced;
    }

    @Override
    public Optional<SimilarResult> toPair(String pairId, int limit) {
      if (!synced) {
        return lexical.toPair(pairId, limit);
      }
      synchronized (hybrid) {
        return hybrid.similarToPair(pairId, limit);
      }
    }

    @Override
    public SimilarResult toText(String text, int limit) {
      if (!synced) {
        return lexical.toText(text, limit);
      }
      synchronized (hybrid) {
        return hybrid.similarToText(text, limit);
      }
    }

    @Override
    public void close() {
      Thread running;
      synchronized (this) {
        again = false;
        running = syncing;
      }
      try {
        running.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (running.isAlive()) {
        return; // still embedding a large library: the process is ending, and the lock of the vectors goes with it
      }
      synchronized (hybrid) {
        hybrid.close();
      }
    }
  }
}
