package nl.vraagbaak.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A judged set (query pair → the pairs that ask the same thing) and the two measures reported for it:
 * recall@5 (share of the relevant pairs among the first five) and MRR (1 / rank of the first relevant pair).
 */
public final class Judged {

  /** One judgement: the pair looked for, and the pairs a reader judged to ask the same. */
  public record Judgement(String query, List<String> relevant, String source, String why) {}

  /** Mean recall@5 and mean reciprocal rank over {@code queries} judgements. */
  public record Scores(double recallAt5, double mrr, int queries) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "recall@5 %.3f  MRR %.3f  (%d queries)", recallAt5, mrr, queries);
    }
  }

  private record File(String about, List<Judgement> judgements) {}

  private Judged() {}

  public static List<Judgement> read(InputStream json) throws IOException {
    ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    return List.copyOf(mapper.readValue(json, File.class).judgements());
  }

  /** Scores a ranking function: pair id → ranked pair ids (best first, never the query pair itself). */
  public static Scores score(List<Judgement> judgements, Function<String, List<String>> ranking) {
    double recall = 0;
    double reciprocal = 0;
    for (Judgement judgement : judgements) {
      List<String> ranked = ranking.apply(judgement.query());
      Set<String> relevant = new LinkedHashSet<>(judgement.relevant());
      long found = ranked.stream().limit(5).filter(relevant::contains).count();
      recall += (double) found / Math.min(5, relevant.size());
      for (int i = 0; i < ranked.size(); i++) {
        if (relevant.contains(ranked.get(i))) {
          reciprocal += 1.0 / (i + 1);
          break;
        }
      }
    }
    int n = Math.max(1, judgements.size());
    return new Scores(recall / n, reciprocal / n, judgements.size());
  }

  /** The ranking of {@code similar --pair}. */
  public static Function<String, List<String>> similar(PairIndex index, int depth) {
    return pairId -> index.similarToPair(pairId, depth).map(r -> r.similar().stream().map(s -> s.pair().pair().id()).toList())
        .orElse(List.of());
  }

  /** The ranking of {@code search} with the pair's question typed as words (its punctuation dropped), the pair itself left out. */
  public static Function<String, List<String>> search(PairIndex index, int depth) {
    return pairId -> {
      String question = index.pair(pairId).map(h -> h.pair().pair().question()).orElse("");
      SearchOutcome outcome = index.search(SearchRequest.of(asWords(question), depth + 1));
      List<String> ids = new ArrayList<>();
      if (outcome instanceof SearchResult result) {
        result.hits().stream().map(h -> h.pair().pair().id()).filter(id -> !id.equals(pairId)).forEach(ids::add);
      }
      return ids;
    };
  }

  /** A question as a user would type it into a search box: words only. */
  public static String asWords(String text) {
    return text.replaceAll("[^\\p{L}\\p{N}%,.\\s]", " ").replaceAll("(?<=\\s|^)[,.]+|[,.]+(?=\\s|$)", " ").replaceAll("\\s+", " ").strip();
  }
}
