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
 * question vectors by reciprocal rank fusion, each pair scoring {@code sum(weight / (K + rank))} over the two
 * rankings. Rank fusion needs no calibration between a BM25 score and a cosine, which live on unrelated scales.
 *
 * <p>The vectors are derived data ({@link VectorIndex}, {@code DIR/vectors}), brought up to date with the library
 * (the system of record) by {@link #sync} before searching.
 */
public final class HybridSimilarity implements AutoCloseable {

  /** Reciprocal rank fusion's damping constant (the usual 60). */
  static final double K = 60;
  /** Weight of the vector ranking against BM25's 1: tuned on the judged set (see bench-search). */
  static final double VECTOR_WEIGHT = 0.5;
  /** How deep each ranking is read before fusing. */
  static final int CANDIDATES = 50;

  /** What a sync changed. */
  public record Synced(int documents, int questions, int removed) {}

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
      return new Synced(0, 0, 0);
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
      return new Synced(stale.size(), questions, gone.size());
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
    Map<String, SimilarResult.Similar> known = new HashMap<>();
    Map<String, Double> fused = new HashMap<>();
    int rank = 0;
    for (SimilarResult.Similar lexical : index.similarToText(question == null ? "" : question, depth + 1).similar()) {
      String id = lexical.pair().pair().id();
      if (!id.equals(ownPairId)) {
        known.put(id, lexical);
        fused.merge(id, 1.0 / (K + ++rank), Double::sum);
      }
    }
    float[] vector = model.embed(question);
    if (vector != null) {
      rank = 0;
      for (VectorIndex.Near near : nearest(vector, depth + 1)) {
        if (!near.pairId().equals(ownPairId)) {
          fused.merge(near.pairId(), VECTOR_WEIGHT / (K + ++rank), Double::sum);
        }
      }
    }
    List<SimilarResult.Similar> similar = new ArrayList<>(limit);
    for (var entry : fused.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList()) {
      if (similar.size() == limit) {
        break;
      }
      SimilarResult.Similar found = known.get(entry.getKey());
      if (found != null) {
        similar.add(new SimilarResult.Similar(entry.getValue(), found.document(), found.pair()));
      } else {
        // a pair only the vectors found; a vector of a pair the index no longer has is skipped
        index.pair(entry.getKey()).ifPresent(hit -> similar.add(new SimilarResult.Similar(entry.getValue(), hit.document(), hit.pair())));
      }
    }
    return new SimilarResult(question, ownPairId, similar);
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
