package nl.vraagbaak.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import nl.vraagbaak.search.SearchResult;

/**
 * Recent searches with their results and rendered responses, like a search server's query result cache: paging
 * back, the back button and shared links of a popular query need not run it again, and a cached answer is sent
 * as bytes rendered once.
 *
 * <p>What keeps the slowest answers fast under load: requests for a search that is still running wait for that
 * run instead of starting their own (a popular query missing the cache costs one search, not 32); an entry is kept
 * until the library changes, and is not searched again while nothing changed. All entries are dropped when this
 * server stores an upload or {@link LibraryWatch} sees another process change the library. A request with
 * "Cache-Control: no-cache" always runs the search.
 */
final class SearchCache implements AutoCloseable {

  /** A cached search with its two renderings takes some 50 kB at ten hits. */
  static final int MAX_ENTRIES = 1_000;
  /** The index's readers see a commit within about a second; results from before then are not kept. */
  static final long SETTLE_MILLIS = 2_000;

  /** The two renderings of a search: the API's JSON and the search page's HTML. */
  enum Kind { JSON, HTML }

  /** One search: its result once it has run, and each rendering of it once made. */
  static final class Entry {
    private final CompletableFuture<SearchResult> result = new CompletableFuture<>();
    private final long startedAt;
    private volatile Body json;
    private volatile Body html;

    private Entry(long startedAt) {
      this.startedAt = startedAt;
    }

    /** The result, waiting for the run in progress; a bad query throws the run's {@link WebError}. */
    SearchResult result() {
      try {
        return result.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }

    /** The response of this kind, rendered on first demand (two racing requests render alike; either is kept). */
    Body body(Kind kind, Function<SearchResult, Body> render) {
      Body body = kind == Kind.JSON ? json : html;
      if (body == null) {
        body = render.apply(result());
        if (kind == Kind.JSON) {
          json = body;
        } else {
          html = body;
        }
      }
      return body;
    }

    private boolean usable() {
      return !result.isCompletedExceptionally();
    }
  }

  private final LongSupplier clock;
  /** When the library last changed; long ago at first. */
  private volatile long changedAt = Long.MIN_VALUE / 2;
  private final Map<SearchForm, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<SearchForm, SearchCache.Entry> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  SearchCache() {
    this(System::currentTimeMillis);
  }

  /** @param clock milliseconds, as {@link System#currentTimeMillis()} */
  SearchCache(LongSupplier clock) {
    this.clock = clock;
  }

  /** The entry of this search: cached, being run by another request, or run now by this one. */
  Entry get(Context ctx, SearchForm form, Supplier<SearchResult> search) {
    return get(form, search, ctx != null && noCache(ctx));
  }

  Entry get(SearchForm form, Supplier<SearchResult> search, boolean fresh) {
    long now = clock.getAsLong();
    Entry entry;
    boolean mine = false;
    synchronized (entries) {
      entry = entries.get(form);
      if (fresh || entry == null || !entry.usable()) {
        entry = new Entry(now);
        entries.put(form, entry);
        mine = true;
      }
    }
    if (mine) {
      run(form, entry, search);
    }
    return entry;
  }

  /** Runs the search into the entry; a failed search (a bad query) is never kept, and its waiters get the same error. */
  private void run(SearchForm form, Entry entry, Supplier<SearchResult> search) {
    try {
      entry.result.complete(search.get());
      if (entry.startedAt - changedAt <= SETTLE_MILLIS) {
        remove(form, entry);
      }
    } catch (RuntimeException | Error e) {
      remove(form, entry);
      entry.result.completeExceptionally(e);
    }
  }

  private void remove(SearchForm form, Entry entry) {
    synchronized (entries) {
      entries.remove(form, entry);
    }
  }

  /** Forgets every result: the library changed. */
  void clear() {
    changedAt = clock.getAsLong();
    synchronized (entries) {
      entries.clear();
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  @Override
  public void close() {
    // nothing runs in the background any more; kept so that closing the routes stays one call
  }

  private static boolean noCache(Context ctx) {
    String header = ctx.header("Cache-Control");
    return header != null && (header.contains("no-cache") || header.contains("no-store"));
  }
}
