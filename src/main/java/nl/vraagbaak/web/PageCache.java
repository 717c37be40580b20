package nl.vraagbaak.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Recently rendered pair and document pages, by path: a page shared in a mail or opened from many search results
 * is rendered once rather than on every visit (a document page costs milliseconds of CPU: its rows from
 * SQLite, every pair's paragraphs). Bounded by bytes; entries live until the library changes: all are dropped when
 * this server stores an upload or {@link LibraryWatch} sees another process change the library.
 */
final class PageCache {

  static final long MAX_BYTES = 32L * 1024 * 1024;

  private record Page(Body body, long at) {}

  private final LongSupplier clock;
  private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;
  /** Pages rendered from before the last change are not kept. */
  private long changedAt = Long.MIN_VALUE;

  PageCache() {
    this(System::currentTimeMillis);
  }

  /** @param clock milliseconds, as {@link System#currentTimeMillis()} */
  PageCache(LongSupplier clock) {
    this.clock = clock;
  }

  /** The page cached under this key, or rendered now (a page that cannot be found throws and is not kept). */
  Body get(String key, Supplier<Body> render) {
    long now = clock.getAsLong();
    synchronized (pages) {
      Page page = pages.get(key);
      if (page != null) {
        return page.body();
      }
    }
    Body body = render.get();
    synchronized (pages) {
      if (now <= changedAt) {
        return body;
      }
      Page old = pages.put(key, new Page(body, now));
      bytes += body.length() - (old == null ? 0 : old.body().length());
      Iterator<Page> eldest = pages.values().iterator();
      while (bytes > MAX_BYTES && eldest.hasNext()) {
        bytes -= eldest.next().body().length();
        eldest.remove();
      }
    }
    return body;
  }

  void clear() {
    synchronized (pages) {
      changedAt = clock.getAsLong();
      pages.clear();
      bytes = 0;
    }
  }

  int size() {
    synchronized (pages) {
      return pages.size();
    }
  }
}
