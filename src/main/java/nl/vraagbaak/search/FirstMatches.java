package nl.vraagbaak.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.TopDocs;

/**
 * Collects the best hits and notes every match offered to the collector, up to a limit. A top-hits collector sees
 * every match until it has counted its threshold of hits (it only skips after that), so with the threshold at the
 * limit, a search with fewer matches than that hands over all of them: total and facets need no second pass.
 */
final class FirstMatches<C extends Collector> implements CollectorManager<FirstMatches.Recording<C>, FirstMatches.Found> {

  /**
   * @param top the best hits
   * @param all every match (index-wide doc ids, ascending), or null when there were more than the limit
   */
  record Found(TopDocs top, int[] all) {}

  private final CollectorManager<C, ? extends TopDocs> top;
  private final int limit;

  /** {@code top} must count exactly at least {@code limit} hits before it skips any (its total-hits threshold). */
  FirstMatches(CollectorManager<C, ? extends TopDocs> top, int limit) {
    this.top = top;
    this.limit = limit;
  }

  @Override
  public Recording<C> newCollector() throws IOException {
    return new Recording<>(top.newCollector(), limit);
  }

  @Override
  public Found reduce(Collection<Recording<C>> collectors) throws IOException {
    List<C> inner = new ArrayList<>();
    int count = 0;
    boolean complete = true;
    for (Recording<C> collector : collectors) {
      inner.add(collector.inner);
      count += collector.count;
      complete &= !collector.overflowed;
    }
    TopDocs docs = top.reduce(inner);
    if (!complete || count > limit) {
      return new Found(docs, null);
    }
    int[] all = new int[count];
    int at = 0;
    for (Recording<C> collector : collectors) {
      System.arraycopy(collector.docs, 0, all, at, collector.count);
      at += collector.count;
    }
    Arrays.sort(all);
    return new Found(docs, all);
  }

  static final class Recording<C extends Collector> extends FilterCollector {
    private final C inner;
    private final int limit;
    private int[] docs = new int[16];
    private int count;
    private boolean overflowed;

    Recording(C inner, int limit) {
      super(inner);
      this.inner = inner;
      this.limit = limit;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      int docBase = context.docBase;
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        @Override
        public void collect(int doc) throws IOException {
          note(docBase + doc);
          in.collect(doc);
        }

        @Override
        public DocIdSetIterator competitiveIterator() throws IOException {
          return in.competitiveIterator();
        }
      };
    }

    private void note(int doc) {
      if (overflowed) {
        return;
      }
      if (count == limit) {
        overflowed = true;
        docs = null;
        return;
      }
      if (count == docs.length) {
        docs = Arrays.copyOf(docs, Math.min(limit, docs.length * 2));
      }
      docs[count++] = doc;
    }
  }
}
