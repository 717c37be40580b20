package nl.vraagbaak.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Earlier pairs like a given one, for the pair page. On a large library a lookup costs tens of milliseconds,
 * and popular pairs are opened again and again, so recent lookups are remembered for a few minutes.
 */
final class Similarity {

  static final int MAX_ENTRIES = 5_000;
  static final long MAX_AGE_MILLIS = 5 * 60_000;

  private record Remembered(List<Views.Similar> similar, long at) {}

  private final SimilarFinder finder;
  private final Map<String, Remembered> recent = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  Similarity(SimilarFinder finder) {
    this.finder = finder;
  }

  List<Views.Similar> toPair(String pairId, int limit) {
    String key = pairId + "/" + limit + "/" + finder.generation();
    long now = System.currentTimeMillis();
    synchronized (recent) {
      Remembered remembered = recent.get(key);
      if (remembered != null && now - remembered.at() <= MAX_AGE_MILLIS) {
        return remembered.similar();
      }
    }
    List<Views.Similar> similar = lookUp(pairId, limit);
    synchronized (recent) {
      recent.put(key, new Remembered(similar, now));
    }
    return similar;
  }

  /** Forgets every lookup: the library changed. */
  void clear() {
    synchronized (recent) {
      recent.clear();
    }
  }

  private List<Views.Similar> lookUp(String pairId, int limit) {
    return finder.toPair(pairId, limit).map(result -> result.similar().stream()
        .map(s -> new Views.Similar(
            s.pair().pair().id(),
            Labels.pairTitle(s.pair().pair()) + " · " + Labels.asker(s.pair().pair().asker()),
            s.document().date(),
            Labels.documentTitle(s.document()),
            pairId.startsWith(s.document().id() + "."),
            Labels.excerpt(s.pair().pair().question(), 320),
            Labels.excerpt(s.pair().pair().answer(), 420),
            s.score()))
        .toList()).orElse(List.of());
  }
}
