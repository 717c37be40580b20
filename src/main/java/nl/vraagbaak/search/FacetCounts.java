package nl.vraagbaak.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matching pairs per value of each facet dimension (party, year, kind) from sorted doc values:
 * per segment by ordinal, turned into names once per segment.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) throws IOException {
    Map<String, Map<String, Long>> total = new LinkedHashMap<>();
    for (String dimension : Fields.FACETS) {
      Map<String, Long> counts = new HashMap<>();
      for (Counter counter : counters) {
        counter.flush();
        counter.counts.get(dimension).forEach((value, n) -> counts.merge(value, n, Long::sum));
      }
      total.put(dimension, sorted(counts));
    }
    return total;
  }

  /** Most frequent first, then by name, so output is stable. */
  private static Map<String, Long> sorted(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /**
   * Per segment, every document's ordinal in each dimension (-1: none), read from doc values once: counting a match
   * is then an array lookup instead of advancing three doc-values iterators. 4 bytes per document and dimension.
   */
  private static final Map<IndexReader.CacheKey, int[][]> ORDINALS = new ConcurrentHashMap<>();

  /** How often each segment without arrays yet was counted in: a one-off search (the CLI) reads doc values instead. */
  private static final Map<IndexReader.CacheKey, Integer> USES = new ConcurrentHashMap<>();
  private static final int USES_BEFORE_ARRAYS = 3;

  /** The segment's ordinal arrays, or null while it has been counted in too rarely to be worth them. */
  private static int[][] ordinals(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return null;
    }
    IndexReader.CacheKey key = helper.getKey();
    int[][] cached = ORDINALS.get(key);
    if (cached != null) {
      return cached;
    }
    if (USES.merge(key, 1, Integer::sum) == 1) {
      helper.addClosedListener(closed -> {
        USES.remove(closed);
        ORDINALS.remove(closed);
      });
    }
    if (USES.getOrDefault(key, 0) < USES_BEFORE_ARRAYS) {
      return null;
    }
    int[][] ordinals = new int[Fields.FACETS.size()][];
    for (int d = 0; d < ordinals.length; d++) {
      ordinals[d] = new int[reader.maxDoc()];
      Arrays.fill(ordinals[d], -1);
      SortedDocValues all = DocValues.getSorted(reader, Fields.facet(Fields.FACETS.get(d)));
      for (int doc = all.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = all.nextDoc()) {
        ordinals[d][doc] = all.ordValue();
      }
    }
    ORDINALS.putIfAbsent(key, ordinals);
    return ORDINALS.get(key);
  }

  static final class Counter extends SimpleCollector {
    private final List<String> dimensions = Fields.FACETS;
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private final SortedDocValues[] values = new SortedDocValues[Fields.FACETS.size()];
    private final int[][] ordinals = new int[Fields.FACETS.size()][];
    private int[][] segmentOrdinals;

    Counter() {
      dimensions.forEach(d -> counts.put(d, new HashMap<>()));
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      for (int d = 0; d < values.length; d++) {
        values[d] = DocValues.getSorted(context.reader(), Fields.facet(dimensions.get(d)));
        ordinals[d] = new int[values[d].getValueCount()];
      }
      segmentOrdinals = FacetCounts.ordinals(context.reader());
    }

    @Override
    public void collect(int doc) throws IOException {
      if (segmentOrdinals != null) {
        for (int d = 0; d < values.length; d++) {
          int ord = segmentOrdinals[d][doc];
          if (ord >= 0) {
            ordinals[d][ord]++;
          }
        }
        return;
      }
      for (int d = 0; d < values.length; d++) {
        if (values[d].advanceExact(doc)) {
          ordinals[d][values[d].ordValue()]++;
        }
      }
    }

    void flush() throws IOException {
      for (int d = 0; d < values.length; d++) {
        if (values[d] == null) {
          continue;
        }
        for (int ord = 0; ord < ordinals[d].length; ord++) {
          if (ordinals[d][ord] > 0) {
            counts.get(dimensions.get(d)).merge(values[d].lookupOrd(ord).utf8ToString(), (long) ordinals[d][ord], Long::sum);
          }
        }
        values[d] = null;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
