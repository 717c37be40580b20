package nl.vraagbaak.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.vraagbaak.search.SearchResult;

/**
 * Recent searches and their results, like a search server's query result cache: paging back, the back button
 * and shared links of a popular query need not run it again. Entries live a minute (the index may have changed
 * through another process) and are all dropped when this server stores an upload. A request with
 * "Cache-Control: no-cache" always runs the search.
 */
final class SearchCache {

  static final int MAX_ENTRIES = 2_000;
  static final long MAX_AGE_MILLIS = 60_000;
  /** The index's readers see a commit within about a second; results from before then are not kept. */
  static final long SETTLE_MILLIS = 2_000;

  private record Remembered(SearchResult result, long at) {}

  private volatile long changedAt;
  private final Map<SearchForm, Remembered> entries = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<SearchForm, Remembered> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  SearchResult get(Context ctx, SearchForm form, Supplier<SearchResult> search) {
    long now = System.currentTimeMillis();
    if (!noCache(ctx)) {
      Remembered entry;
      synchronized (entries) {
        entry = entries.get(form);
      }
      if (entry != null && now - entry.at() <= MAX_AGE_MILLIS) {
        return entry.result();
      }
    }
    SearchResult result = search.get(); // a bad query throws here and is never cached
    if (now - changedAt > SETTLE_MILLIS) {
      synchronized (entries) {
        entries.put(form, new Remembered(result, now));
      }
    }
    return result;
  }

  void clear() {
    changedAt = System.currentTimeMillis();
    synchronized (entries) {
      entries.clear();
    }
  }

  private static boolean noCache(Context ctx) {
    String header = ctx.header("Cache-Control");
    return header != null && (header.contains("no-cache") || header.contains("no-store"));
  }
}
