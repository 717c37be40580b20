package nl.vraagbaak.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Parser;
import nl.vraagbaak.search.Fts5Baseline;
import nl.vraagbaak.search.Judged;
import nl.vraagbaak.search.PairIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vraagbaak bench-search}: ranking quality on the judged set — recall@5 and MRR of {@code similar --pair},
 * of {@code search} with the question as query, and of SQLite FTS5 over the same pairs — plus their latency.
 */
@Command(name = "bench-search", description = "Ranking quality (recall@5, MRR) of similar and search on the judged set, vs SQLite FTS5.")
final class BenchSearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--seeds", paramLabel = "DIR", description = "the judged documents (default: ../shared/corpus/seeds)")
  Path seeds = Path.of("..", "shared", "corpus", "seeds");

  @Option(names = "--judged", paramLabel = "FILE", description = "judged set JSON (default: src/test/resources/search/judged.json)")
  Path judged = Path.of("src", "test", "resources", "search", "judged.json");

  @Mixin EmbeddingModelOption embedding;

  @Override
  public Integer call() throws IOException, SQLException {
    PrintWriter out = spec.commandLine().getOut();
    nl.vraagbaak.search.Embeddings model = null;
    if (embedding.given() && (model = embedding.load(spec.commandLine().getErr())) == null) {
      return 2;
    }
    List<Judged.Judgement> judgements;
    try (InputStream json = Files.newInputStream(judged)) {
      judgements = Judged.read(json);
    }
    List<Enriched> documents = readSeeds(seeds);
    Path dir = Files.createTempDirectory("vraagbaak-bench-search-");
    try (PairIndex index = PairIndex.openForWriting(dir.resolve("index"));
        Fts5Baseline fts = new Fts5Baseline(dir.resolve("fts5.sqlite"))) {
      for (Enriched document : documents) {
        index.put(document, 1);
        for (var pair : document.pairs()) {
          fts.add(pair.pair().id(), pair.pair().question(), pair.pair().answer());
        }
      }
      index.commit();
      fts.commit();
      out.printf(Locale.ROOT, "judged set: %d judgements over %d documents%n", judgements.size(), documents.size());
      report(out, "similar --pair", judgements, Judged.similar(index, 20));
      report(out, "search (question as words)", judgements, Judged.search(index, 20));
      report(out, "FTS5 baseline (question words OR'ed, bm25)", judgements, id -> {
        try {
          return fts.search(index.pair(id).orElseThrow().pair().pair().question(), id, 20);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      if (model != null) {
        reportVectors(out, judgements, documents, index, model, dir);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    return 0;
  }

  /** The judged set ranked by the vectors alone and by their fusion with BM25 ({@code similar --embedding-model}). */
  private static void reportVectors(PrintWriter out, List<Judged.Judgement> judgements, List<Enriched> documents, PairIndex index,
      nl.vraagbaak.search.Embeddings model, Path dir) throws IOException {
    long start = System.nanoTime();
    long startCpu = cpuNanos();
    try (var hybrid = nl.vraagbaak.search.HybridSimilarity.open(index, model, dir.resolve("vectors"))) {
      int questions = 0;
      for (Enriched document : documents) {
        questions += hybrid.put(document, 1);
      }
      hybrid.commit();
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (cpuNanos() - startCpu) / 1e9;
      out.printf(Locale.ROOT, "embedded %d questions in %.1f s (%.1f CPU s, %.0f questions per CPU s) with %s%n",
          questions, seconds, cpu, questions / cpu, model.describe());
      report(out, "vectors alone (cosine)", judgements, id -> hybrid.nearestPairs(id, 20));
      report(out, String.format(Locale.ROOT, "similar --pair --embedding-model (w %.2f)", model.weight()), judgements,
          id -> hybrid.similarToPair(id, 20).map(r -> r.similar().stream().map(s -> s.pair().pair().id()).toList()).orElse(List.of()));
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void report(PrintWriter out, String name, List<Judged.Judgement> judgements, java.util.function.Function<String, List<String>> ranking) {
    ranking.apply(judgements.get(0).query()); // warm up
    long start = System.nanoTime();
    Judged.Scores scores = Judged.score(judgements, ranking);
    double perQuery = (System.nanoTime() - start) / 1e6 / Math.max(1, judgements.size());
    out.printf(Locale.ROOT, "%-45s %s, %.1f ms per query%n", name, scores, perQuery);
    out.flush();
  }

  static List<Enriched> readSeeds(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new UserError("no seed folder " + dir + "; name one with --seeds DIR");
    }
    List<Enriched> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        if (Extraction.of(file) instanceof Extraction.Read read) {
          documents.add(Enricher.enrich(Parser.parse(read.extracted())));
        }
      }
    }
    return documents;
  }
}
