package nl.vraagbaak.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.parse.Unanswered;
import nl.vraagbaak.store.Library;

/**
 * {@code similar --embedding-model}: the BM25 ranking of {@link PairIndex} fused with the cosine similarity of
 * question vectors. Each ranking's best {@value #CANDIDATES} are read, each score scaled to 0..1 (BM25 by the best
 * score, cosines between the lowest and highest read), and combined as {@code (1 - w) * bm25 + w * cosine} with the
 * model's weight {@code w}. On the judged set this beat reciprocal rank fusion, which throws away how far BM25's
 * best lies ahead of the rest (with the English-only test model, RRF cost 0.03 to 0.2 of MRR at every weight).
 *
 * <p>The vectors are derived data ({@link VectorIndex}, {@code DIR/vectors}), brought up to date with the library
 * (the system of record) by {@link #sync} before searching.
 */
public final class HybridSimilarity implements AutoCloseable {

  /** How deep each ranking is read before fusing. */
  static final int CANDIDATES = 50;

  /** What a sync changed; {@code busy}: nothing, because another process is writing the vectors. */
  public record Synced(int documents, int questions, int removed, boolean busy) {}

  private final PairIndex index;
  private final Embeddings model;
  private final VectorIndex vectors;

  private HybridSimilarity(PairIndex index, Embeddings model, VectorIndex vectors) {
    this.index = index;
    this.model = model;
    this.vectors = vectors;
  }

  /** The vector index directory of a library directory. */
  public static Path vectorsIn(Path dataDir) {
    return VectorIndex.in(dataDir);
  }

  /**
   * Opens the vectors in {@code vectorDir} (emptied when they came from another model) to search {@code index} with;
   * does not close {@code index}.
   */
  public static HybridSimilarity open(PairIndex index, Embeddings model, Path vectorDir) throws IOException {
    return new HybridSimilarity(index, model, VectorIndex.open(vectorDir, model.fingerprint()));
  }

  /** False when another process is writing the vectors: then they are searched as they are, not synced. */
  public boolean writable() {
    return vectors.writable();
  }

  /** Brings the vectors in step with the library: embeds the questions of new and changed documents, drops the gone. */
  public Synced sync(Library library, Consumer<String> progress) {
    return sync(vectors, model, library.documentVersions(), library::document, progress, false);
  }

  /**
   * For {@code ingest} and {@code reindex}: brings the vectors of a library in step with it ({@code rebuild}: embeds
   * every question again); nothing when another process is writing them.
   */
  public static Synced syncVectors(Library library, Embeddings model, boolean rebuild, Consumer<String> progress) throws IOException {
    try (VectorIndex vectors = VectorIndex.open(VectorIndex.in(library.dir()), model.fingerprint())) {
      return sync(vectors, model, library.documentVersions(), library::document, progress, rebuild);
    }
  }

  private static Synced sync(VectorIndex vectors, Embeddings model, Map<String, Long> versions,
      Function<String, Optional<Enriched>> documents, Consumer<String> progress, boolean all) {
    if (!vectors.writable()) {
      return new Synced(0, 0, 0, true);
    }
    try {
      Map<String, Long> have = new HashMap<>(vectors.versions());
      if (all) {
        have.replaceAll((id, version) -> Long.MIN_VALUE);
      }
      List<String> stale = versions.entrySet().stream().filter(e -> !e.getValue().equals(have.get(e.getKey()))).map(Map.Entry::getKey).toList();
      List<String> gone = have.keySet().stream().filter(id -> !versions.containsKey(id)).toList();
      int questions = 0;
      long start = System.nanoTime();
      long lastReport = start;
      for (int i = 0; i < stale.size(); i++) {
        Optional<Enriched> document = documents.apply(stale.get(i));
        if (document.isPresent()) {
          questions += put(vectors, model, document.get(), versions.get(stale.get(i)));
        }
        long now = System.nanoTime();
        if (now - lastReport > 5_000_000_000L) {
          lastReport = now;
          progress.accept(String.format(java.util.Locale.ROOT, "embedded %d of %d documents (%d questions, %.0f/s)",
              i + 1, stale.size(), questions, questions / ((now - start) / 1e9)));
        }
      }
      for (String id : gone) {
        vectors.delete(id);
      }
      if (!stale.isEmpty() || !gone.isEmpty()) {
        vectors.commit();
      }
      return new Synced(stale.size(), questions, gone.size(), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the vectors of " + model.describe(), e);
    }
  }

  /** Embeds the questions of one document (replacing its earlier vectors); returns how many were embedded. */
  public int put(Enriched document, long version) throws IOException {
    return put(vectors, model, document, version);
  }

  private static int put(VectorIndex vectors, Embeddings model, Enriched document, long version) throws IOException {
    List<EnrichedPair> pairs = document.pairs();
    List<float[]> embedded = model.embedAll(pairs.stream().map(p -> p.pair().question()).toList());
    Map<String, float[]> byPair = new LinkedHashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (embedded.get(i) != null) {
        byPair.put(pairs.get(i).pair().id(), embedded.get(i));
      }
    }
    vectors.put(document.document().id(), version, byPair);
    return byPair.size();
  }

  /** Makes the vectors put so far durable. */
  public void commit() throws IOException {
    vectors.commit();
  }

  /** As {@link PairIndex#similarToPair}, fused with vector similarity. */
  public Optional<SimilarResult> similarToPair(String pairId, int limit) {
    return index.pair(pairId).map(hit -> similar(hit.pair().pair().question(), pairId, limit));
  }

  /** As {@link PairIndex#similarToText}, fused with vector similarity. */
  public SimilarResult similarToText(String text, int limit) {
    return similar(text, null, limit);
  }

  /** As {@link PairIndex#similarToQuestions}, fused with vector similarity. */
  public List<SimilarResult> similarToQuestions(Enriched document, int limit) {
    List<SimilarResult> results = new ArrayList<>();
    for (EnrichedPair pair : document.pairs()) {
      results.add(similar(pair.pair().question(), pair.pair().id(), limit));
    }
    for (Unanswered question : document.unanswered()) {
      results.add(similar(question.question(), null, limit));
    }
    return results;
  }

  /** The pairs whose questions lie nearest a pair's question by the vectors alone (for the bench), nearest first. */
  public List<String> nearestPairs(String pairId, int limit) {
    return index.pair(pairId).map(hit -> {
      float[] vector = model.embed(hit.pair().pair().question());
      return vector == null ? List.<String>of()
          : nearest(vector, limit + 1).stream().map(VectorIndex.Near::pairId).filter(id -> !id.equals(pairId)).limit(limit).toList();
    }).orElse(List.of());
  }

  private SimilarResult similar(String question, String ownPairId, int limit) {
    if (limit <= 0) {
      return new SimilarResult(question, ownPairId, List.of());
    }
    int depth = Math.max(CANDIDATES, limit);
    Map<String, SimilarResult.Similar> lexical = new LinkedHashMap<>();
    for (SimilarResult.Similar hit : index.similarToText(question == null ? "" : question, depth + 1).similar()) {
      if (!hit.pair().pair().id().equals(ownPairId)) {
        lexical.put(hit.pair().pair().id(), hit);
      }
    }
    float[] vector = model.embed(question);
    Map<String, Double> cosines = new LinkedHashMap<>();
    if (vector != null) {
      for (VectorIndex.Near near : nearest(vector, depth + 1)) {
        if (!near.pairId().equals(ownPairId)) {
          cosines.put(near.pairId(), near.cosine());
        }
      }
    }
    Map<String, Double> fused = fuse(lexical, cosines, model.weight());
    List<SimilarResult.Similar> similar = new ArrayList<>(limit);
    for (var entry : fused.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList()) {
      if (similar.size() == limit || entry.getValue() <= 0) {
        break; // a score of 0: the lowest cosine read and no shared word
      }
      SimilarResult.Similar found = lexical.get(entry.getKey());
      if (found != null) {
        similar.add(new SimilarResult.Similar(entry.getValue(), found.document(), found.pair()));
      } else {
        // a pair only the vectors found; a vector of a pair the index no longer has is skipped
        index.pair(entry.getKey()).ifPresent(hit -> similar.add(new SimilarResult.Similar(entry.getValue(), hit.document(), hit.pair())));
      }
    }
    return new SimilarResult(question, ownPairId, similar);
  }

  /**
   * Each candidate's {@code (1 - w) * bm25 / best bm25 + w * cosine rescaled to 0..1 over the vector candidates}; a
   * pair outside a ranking's candidates scores that ranking's floor (0 for BM25, the lowest cosine read for vectors).
   */
  private static Map<String, Double> fuse(Map<String, SimilarResult.Similar> lexical, Map<String, Double> cosines, double weight) {
    double best = lexical.values().stream().mapToDouble(SimilarResult.Similar::score).max().orElse(1);
    double high = cosines.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double low = cosines.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    Map<String, Double> fused = new HashMap<>();
    java.util.Set<String> ids = new java.util.HashSet<>(lexical.keySet());
    ids.addAll(cosines.keySet());
    for (String id : ids) {
      SimilarResult.Similar hit = lexical.get(id);
      double bm25 = hit == null || best <= 0 ? 0 : hit.score() / best;
      double cosine = high > low ? (cosines.getOrDefault(id, low) - low) / (high - low) : 0;
      fused.put(id, (1 - weight) * bm25 + weight * cosine);
    }
    return fused;
  }

  private List<VectorIndex.Near> nearest(float[] vector, int k) {
    try {
      return vectors.nearest(vector, k);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the vectors of " + model.describe(), e);
    }
  }

  /** Closes the vectors (not the pair index, which the caller opened). */
  @Override
  public void close() {
    vectors.close();
  }
}
