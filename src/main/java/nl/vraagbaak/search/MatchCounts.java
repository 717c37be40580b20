package nl.vraagbaak.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * How many pairs match, and how many per facet value. Exact up to about {@link #EXACT_MATCHES} matches; above that
 * counted in an evenly spread sample of the index (the same slice of every window of documents, so old and new pairs
 * weigh alike) and scaled up, marked as estimated. Counting every one of 700,000 matches of a common word costs
 * more than everything else a search does, and nobody reads "712,391" as more than "about 710,000".
 */
final class MatchCounts {

  /** Up to this many matches (as the query's cost estimates them) are counted one by one. */
  static final long EXACT_MATCHES = 40_000;

  /** Sampled windows per segment: many, so that a sample spreads over the whole segment. */
  private static final int WINDOWS = 512;

  /** A sample that found fewer matches than this is taken again, larger: the cost estimate was too high. */
  private static final long ENOUGH_SAMPLED = 1_000;

  /**
   * @param total matching pairs, or an estimate when {@code estimated}
   * @param facets per dimension, pairs per value (estimates when {@code estimated})
   */
  record Counted(long total, boolean estimated, Map<String, Map<String, Long>> facets) {}

  private MatchCounts() {}

  /** Counts the matches of {@code query}; {@code atLeast} is a lower bound already known (e.g. hits found). */
  static Counted of(IndexSearcher searcher, Query query, long atLeast) throws IOException {
    return of(searcher, query, atLeast, EXACT_MATCHES);
  }

  /** As {@link #of(IndexSearcher, Query, long)}, counting up to {@code exactMatches} one by one. */
  static Counted of(IndexSearcher searcher, Query query, long atLeast, long exactMatches) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    long cost = 0;
    for (LeafReaderContext leaf : leaves) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      cost += supplier == null ? 0 : supplier.cost();
    }
    double fraction = cost <= exactMatches ? 1 : (double) exactMatches / cost;
    Sample sample = sample(weight, leaves, fraction);
    long enough = Math.min(ENOUGH_SAMPLED, exactMatches / 4);
    while (sample.fraction < 1 && sample.matches < enough) {
      // the estimate was far too high (a conjunction's cost is its rarest clause's): sample more
      sample = sample(weight, leaves, Math.min(1, sample.fraction * 1.5 * enough / Math.max(1, sample.matches)));
    }
    return sample.counted(atLeast);
  }

  /** Counts facets of matches already known (index-wide doc ids, ascending). */
  static Counted of(IndexSearcher searcher, int[] docs) throws IOException {
    FacetCounts manager = new FacetCounts();
    FacetCounts.Counter facets = manager.newCollector();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int at = 0;
    for (LeafReaderContext leaf : leaves) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      if (at < docs.length && docs[at] < end) {
        LeafCollector collector = facets.getLeafCollector(leaf);
        for (; at < docs.length && docs[at] < end; at++) {
          collector.collect(docs[at] - leaf.docBase);
        }
      }
    }
    return new Counted(docs.length, false, manager.reduce(List.of(facets)));
  }

  private static final class Sample {
    final double fraction;
    final FacetCounts.Counter facets = new FacetCounts().newCollector();
    long matches;
    long sampledDocs;
    long allDocs;

    Sample(double fraction) {
      this.fraction = fraction;
    }

    Counted counted(long atLeast) throws IOException {
      Map<String, Map<String, Long>> counts = new FacetCounts().reduce(List.of(facets));
      if (fraction >= 1) {
        return new Counted(matches, false, counts);
      }
      double scale = (double) allDocs / Math.max(1, sampledDocs);
      Map<String, Map<String, Long>> scaled = new LinkedHashMap<>();
      counts.forEach((dimension, values) -> {
        Map<String, Long> dimensionCounts = new LinkedHashMap<>();
        values.forEach((value, n) -> dimensionCounts.put(value, Math.round(n * scale)));
        scaled.put(dimension, dimensionCounts);
      });
      return new Counted(Math.max(atLeast, roughly(Math.round(matches * scale))), true, scaled);
    }
  }

  /** Three significant digits: an estimate should not look like a count. */
  static long roughly(long n) {
    long unit = 1;
    while (n / unit >= 1000) {
      unit *= 10;
    }
    return Math.round((double) n / unit) * unit;
  }

  private static Sample sample(Weight weight, List<LeafReaderContext> leaves, double fraction) throws IOException {
    Sample sample = new Sample(fraction);
    for (LeafReaderContext leaf : leaves) {
      int maxDoc = leaf.reader().maxDoc();
      sample.allDocs += maxDoc;
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        sample.sampledDocs += sampledDocs(maxDoc, fraction);
        continue;
      }
      LeafCollector collector = sample.facets.getLeafCollector(leaf);
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator matches = scorer.iterator();
      int window = fraction >= 1 ? maxDoc : Math.max(1, (maxDoc + WINDOWS - 1) / WINDOWS);
      int taken = fraction >= 1 ? maxDoc : Math.max(1, (int) Math.ceil(window * fraction));
      int doc = -1;
      for (int start = 0; start < maxDoc; start += window) {
        int end = Math.min(maxDoc, start + taken);
        sample.sampledDocs += end - start;
        if (doc < start) {
          doc = matches.advance(start);
        }
        for (; doc < end; doc = matches.nextDoc()) {
          if (live == null || live.get(doc)) {
            collector.collect(doc);
            sample.matches++;
          }
        }
        if (doc == DocIdSetIterator.NO_MORE_DOCS) {
          sample.sampledDocs += sampledAfter(maxDoc, start + window, window, taken);
          break;
        }
      }
    }
    return sample;
  }

  /** Documents the windows from {@code from} on would sample: counted though not visited, as nothing matches there. */
  private static long sampledAfter(int maxDoc, int from, int window, int taken) {
    long docs = 0;
    for (int start = from; start < maxDoc; start += window) {
      docs += Math.min(maxDoc, start + taken) - start;
    }
    return docs;
  }

  private static long sampledDocs(int maxDoc, double fraction) {
    if (fraction >= 1) {
      return maxDoc;
    }
    int window = Math.max(1, (maxDoc + WINDOWS - 1) / WINDOWS);
    int taken = Math.max(1, (int) Math.ceil(window * fraction));
    return sampledAfter(maxDoc, 0, window, taken);
  }
}
