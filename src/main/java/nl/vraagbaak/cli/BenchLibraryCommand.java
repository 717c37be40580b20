package nl.vraagbaak.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.search.Fts5Baseline;
import nl.vraagbaak.search.LibraryIndex;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.search.SearchOutcome;
import nl.vraagbaak.search.SearchRequest;
import nl.vraagbaak.search.SearchResult;
import nl.vraagbaak.search.SyntheticLibrary;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.Stored;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vraagbaak bench-library}: the scale benchmark. Builds a deterministic synthetic library by recombining
 * the seed documents' sentences, then reports ingest rate, sizes and search / similar latency, with SQLite FTS5
 * over the same pairs as the baseline in the same run.
 */
@Command(name = "bench-library", description = "Scale benchmark: synthetic library, ingest rate, sizes, search and similar latency vs SQLite FTS5.")
final class BenchLibraryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--pairs", defaultValue = "1000000", paramLabel = "N", description = "pairs in the synthetic library (default: ${DEFAULT-VALUE})")
  int pairs;

  @Option(names = "--searches", defaultValue = "1000", paramLabel = "N") int searches;

  @Option(names = "--similar", defaultValue = "200", paramLabel = "N") int similarLookups;

  @Option(names = "--fts5-similar", defaultValue = "50", paramLabel = "N",
      description = "similar lookups of the FTS5 baseline, whose OR of a whole question takes seconds (default: ${DEFAULT-VALUE})")
  int ftsSimilarLookups;

  @Option(names = "--seeds", paramLabel = "DIR", description = "documents whose sentences are recombined (default: ../shared/corpus/seeds)")
  Path seeds = Path.of("..", "shared", "corpus", "seeds");

  @Option(names = "--dir", paramLabel = "DIR", description = "where to build the library (default: a temporary folder, removed afterwards)")
  Path dir;

  @Option(names = "--existing", paramLabel = "DIR",
      description = "only the latency phase, on a synthetic library built earlier (its library directory, opened read-only)")
  Path existing;

  @Option(names = "--fts5", paramLabel = "FILE",
      description = "with --existing: the FTS5 baseline file, built from the synthetic pairs when missing and kept (default: a temporary file)")
  Path fts5File;

  @Option(names = "--slowest", defaultValue = "0", paramLabel = "N", description = "also list the N slowest searches by CPU time")
  int slowest;

  @Option(names = "--ingest-only", description = "only the library's ingest: no FTS5 baseline, no latencies")
  boolean ingestOnly;

  @Override
  public Integer call() throws IOException, SQLException {
    PrintWriter out = spec.commandLine().getOut();
    List<Enriched> documents = BenchSearchCommand.readSeeds(seeds);
    SyntheticLibrary synthetic = new SyntheticLibrary(documents);
    if (existing != null) {
      return latenciesOnly(out, synthetic);
    }
    boolean temporary = dir == null;
    Path root = temporary ? Files.createTempDirectory("vraagbaak-bench-") : dir;
    int documentCount = (pairs + SyntheticLibrary.PAIRS_PER_DOCUMENT - 1) / SyntheticLibrary.PAIRS_PER_DOCUMENT;
    int total = documentCount * SyntheticLibrary.PAIRS_PER_DOCUMENT;
    out.printf(Locale.ROOT, "synthetic library: %,d documents, %,d pairs (%s) in %s%n", documentCount, total, synthetic.describe(), root);
    out.flush();
    try {
      ingest(out, synthetic, root.resolve("library"), documentCount, total);
      if (ingestOnly) {
        out.printf(Locale.ROOT, "sizes: index %s, library (SQLite) %s%n", megabytes(PairIndex.in(root.resolve("library"))),
            megabytes(root.resolve("library").resolve(Library.DATABASE_FILE)));
        out.printf(Locale.ROOT, "heap: peak %s of max %s%n", mb(peakHeap()), mb(Runtime.getRuntime().maxMemory()));
        return 0;
      }
      fts5Ingest(out, synthetic, root.resolve("fts5.sqlite"), documentCount, total);
      out.printf(Locale.ROOT, "sizes: index %s, library (SQLite) %s, FTS5 baseline %s%n",
          megabytes(PairIndex.in(root.resolve("library"))), megabytes(root.resolve("library").resolve(Library.DATABASE_FILE)),
          megabytes(root.resolve("fts5.sqlite")));
      out.flush();
      latencies(out, synthetic, root.resolve("library"), root.resolve("fts5.sqlite"), documentCount);
      out.printf(Locale.ROOT, "heap: peak %s of max %s%n", mb(peakHeap()), mb(Runtime.getRuntime().maxMemory()));
    } finally {
      if (temporary) {
        delete(root);
      }
    }
    return 0;
  }

  /** The latency phase alone, on a library built earlier by this benchmark (e.g. with {@code --dir}). */
  private int latenciesOnly(PrintWriter out, SyntheticLibrary synthetic) throws IOException, SQLException {
    Path library = existing.endsWith("library") || Files.exists(existing.resolve(Library.DATABASE_FILE)) ? existing : existing.resolve("library");
    if (!Files.isDirectory(PairIndex.in(library))) {
      throw new UserError("--existing " + existing + " holds no index; give the library directory of a synthetic library");
    }
    int pairCount;
    try (PairIndex index = PairIndex.openForReading(PairIndex.in(library))) {
      pairCount = index.pairCount();
    }
    int documentCount = pairCount / SyntheticLibrary.PAIRS_PER_DOCUMENT;
    out.printf(Locale.ROOT, "existing synthetic library: %,d pairs (%s) in %s, index %s%n", pairCount, synthetic.describe(), library,
        megabytes(PairIndex.in(library)));
    boolean temporary = fts5File == null;
    Path fts = temporary ? Files.createTempDirectory("vraagbaak-bench-").resolve("fts5.sqlite") : fts5File;
    try {
      if (!Files.exists(fts)) {
        fts5Ingest(out, synthetic, fts, documentCount, pairCount);
      }
      latencies(out, synthetic, library, fts, documentCount);
      out.printf(Locale.ROOT, "heap: peak %s of max %s%n", mb(peakHeap()), mb(Runtime.getRuntime().maxMemory()));
    } finally {
      if (temporary) {
        delete(fts.getParent());
      }
    }
    return 0;
  }

  private static final int STORE_BATCH = 25;

  private static void ingest(PrintWriter out, SyntheticLibrary synthetic, Path dir, int documentCount, int total) throws IOException {
    long storeNanos = 0;
    long storeCpuNanos = 0;
    long generateCpuNanos = 0;
    var threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    try (Library library = Library.openForWriting(dir); LibraryIndex index = LibraryIndex.open(library)) {
      List<Enriched> batch = new ArrayList<>(STORE_BATCH);
      for (int n = 0; n < documentCount; n++) {
        long g0 = threads.getCurrentThreadCpuTime();
        batch.add(synthetic.document(n));
        generateCpuNanos += threads.getCurrentThreadCpuTime() - g0;
        if (batch.size() < STORE_BATCH && n + 1 < documentCount) {
          continue;
        }
        // As ingest does with documents parsed ahead: several documents per transaction.
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        List<Stored> stored = library.storeAll(batch, "synthetic");
        storeCpuNanos += threads.getCurrentThreadCpuTime() - c0;
        storeNanos += System.nanoTime() - t0;
        stored.forEach(index::stored);
        batch.clear();
        if ((n + 1) % 5000 < STORE_BATCH) {
          out.printf(Locale.ROOT, "  ... %,d pairs, %.0f pairs/s%n", (long) (n + 1) * SyntheticLibrary.PAIRS_PER_DOCUMENT,
              (n + 1.0) * SyntheticLibrary.PAIRS_PER_DOCUMENT / ((System.nanoTime() - start) / 1e9));
          out.flush();
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    out.printf(Locale.ROOT, "ingest (library store, index on a second thread, commit included): %,.0f pairs/s over %.1f s wall;"
            + " %.1f s CPU = %,.0f pairs per CPU-second; the store's own calls took %.1f s wall, %.1f s CPU;"
            + " generating the synthetic documents %.1f s CPU; load average %.1f%n",
        total / seconds, seconds, cpuSeconds, total / cpuSeconds, storeNanos / 1e9, storeCpuNanos / 1e9, generateCpuNanos / 1e9,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.flush();
  }

  /** CPU time of this process: on a shared machine wall time says more about the neighbours. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static void fts5Ingest(PrintWriter out, SyntheticLibrary synthetic, Path file, int documentCount, int total) throws SQLException {
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    try (Fts5Baseline fts = new Fts5Baseline(file)) {
      for (int n = 0; n < documentCount; n++) {
        for (var pair : synthetic.document(n).pairs()) {
          fts.add(pair.pair().id(), pair.pair().question(), pair.pair().answer());
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    out.printf(Locale.ROOT, "FTS5 baseline ingest (pairs only, no library): %,.0f pairs/s over %.1f s wall; %,.0f pairs per CPU-second%n",
        total / seconds, seconds, total / cpuSeconds);
    out.flush();
  }

  /** One search of the workload, in both syntaxes. */
  private record Query(SearchRequest request, String fts5) {}

  private void latencies(PrintWriter out, SyntheticLibrary synthetic, Path library, Path ftsFile, int documentCount)
      throws IOException, SQLException {
    Random random = new Random(7);
    List<Query> queries = new ArrayList<>();
    for (int i = 0; i < searches + 100; i++) {
      queries.add(query(synthetic, random));
    }
    List<String> pairIds = new ArrayList<>();
    for (int i = 0; i < similarLookups + 20; i++) {
      pairIds.add(String.format(Locale.ROOT, "%016x", 0x5000_0000_0000_0000L + random.nextInt(documentCount)) + "."
          + (1 + random.nextInt(SyntheticLibrary.PAIRS_PER_DOCUMENT)));
    }
    try (PairIndex index = PairIndex.openForReading(PairIndex.in(library));
        Fts5Baseline fts = new Fts5Baseline(ftsFile)) {
      var threads = ManagementFactory.getThreadMXBean();
      long[] search = new long[searches];
      long[] searchCpu = new long[searches];
      long[] searchThreadsCpu = new long[searches];
      long[] ftsSearch = new long[searches];
      long[] matches = new long[searches];
      long hits = 0;
      for (int i = 0; i < queries.size(); i++) {
        Query query = queries.get(i);
        long p0 = searchThreadsCpuNanos();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SearchOutcome outcome = index.search(query.request());
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        long p1 = searchThreadsCpuNanos();
        fts.searchMatch(query.fts5(), 10);
        long t2 = System.nanoTime();
        if (i >= 100) {
          search[i - 100] = t1 - t0;
          searchCpu[i - 100] = c1 - c0;
          searchThreadsCpu[i - 100] = p1 - p0;
          ftsSearch[i - 100] = t2 - t1;
          matches[i - 100] = outcome instanceof SearchResult result ? result.total() : 0;
          hits += matches[i - 100];
        }
      }
      // CPU of this thread and the search pool's: a search may run on more than one thread (slices of the index)
      out.printf(Locale.ROOT, "search (%d queries, 10 hits with highlights and facets): p50 %s p99 %s ms wall; CPU p50 %s p99 %s"
          + " mean %s ms (searching threads; this thread alone p50 %s p99 %s); mean matches %,d%n", searches, millis(search, 50), millis(search, 99),
          millis(searchThreadsCpu, 50), millis(searchThreadsCpu, 99), mean(searchThreadsCpu), millis(searchCpu, 50), millis(searchCpu, 99),
          hits / Math.max(1, searches));
      out.printf(Locale.ROOT, "  FTS5 baseline (same words, bm25, 10 ids, no highlights or facets): p50 %s p99 %s ms%n",
          millis(ftsSearch, 50), millis(ftsSearch, 99));
      slowestSearches(out, queries.subList(100, queries.size()), searchThreadsCpu, search, matches);
      long[] similar = new long[similarLookups];
      long[] similarCpu = new long[similarLookups];
      long[] similarThreadsCpu = new long[similarLookups];
      long[] ftsSimilar = new long[Math.max(1, Math.min(ftsSimilarLookups, similarLookups))];
      for (int i = 0; i < pairIds.size(); i++) {
        String id = pairIds.get(i);
        long p0 = searchThreadsCpuNanos();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        var result = index.similarToPair(id, 10).orElseThrow(() -> new IllegalStateException("no pair " + id));
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        long p1 = searchThreadsCpuNanos();
        if (i >= 20) {
          similar[i - 20] = t1 - t0;
          similarCpu[i - 20] = c1 - c0;
          similarThreadsCpu[i - 20] = p1 - p0;
          if (i - 20 < ftsSimilar.length) {
            fts.search(result.question(), id, 10);
            ftsSimilar[i - 20] = System.nanoTime() - t1;
          }
        }
      }
      out.printf(Locale.ROOT, "similar --pair (%d lookups, 10 pairs): p50 %s p99 %s ms wall; CPU p50 %s p99 %s mean %s ms"
          + " (searching threads; this thread alone p50 %s p99 %s)%n", similarLookups, millis(similar, 50), millis(similar, 99),
          millis(similarThreadsCpu, 50), millis(similarThreadsCpu, 99), mean(similarThreadsCpu), millis(similarCpu, 50), millis(similarCpu, 99));
      out.printf(Locale.ROOT, "  FTS5 baseline (question words OR'ed, bm25; %d lookups): p50 %s p99 %s ms%n", ftsSimilar.length,
          millis(ftsSimilar, 50), millis(ftsSimilar, 99));
      out.flush();
    }
  }

  private void slowestSearches(PrintWriter out, List<Query> measured, long[] cpu, long[] wall, long[] matches) {
    Integer[] order = new Integer[measured.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Long.compare(cpu[b], cpu[a]));
    for (int n = 0; n < Math.min(slowest, order.length); n++) {
      int i = order[n];
      SearchRequest request = measured.get(i).request();
      out.printf(Locale.ROOT, "  slow: %6.1f ms CPU %6.1f ms wall %,9d matches  %s%s%n", cpu[i] / 1e6, wall[i] / 1e6, matches[i],
          request.query(), request.party() == null ? "" : "  --party " + request.party());
    }
  }

  /** CPU time of this thread and of the index's search pool (threads named vraagbaak-search), whose threads start on demand. */
  private static long searchThreadsCpuNanos() {
    var threads = ManagementFactory.getThreadMXBean();
    long nanos = threads.getCurrentThreadCpuTime();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("vraagbaak-search")) {
        nanos += Math.max(0, threads.getThreadCpuTime(thread.threadId()));
      }
    }
    return nanos;
  }

  private static String mean(long[] nanos) {
    return String.format(Locale.ROOT, "%.1f", Arrays.stream(nanos).average().orElse(0) / 1e6);
  }

  private static Query query(SyntheticLibrary synthetic, Random random) {
    List<String> words = Arrays.stream(synthetic.questionSentence(random).split("[^\\p{L}]+"))
        .filter(w -> w.length() >= 6).toList();
    if (words.size() < 2) {
      return new Query(SearchRequest.of("NAVO", 10), "\"navo\"");
    }
    int at = random.nextInt(words.size() - 1);
    String a = words.get(at);
    String b = words.get(at + 1);
    int kind = random.nextInt(100);
    if (kind < 40) {
      return new Query(SearchRequest.of(a, 10), quote(a));
    } else if (kind < 70) {
      return new Query(SearchRequest.of(a + " " + b, 10), quote(a) + " " + quote(b));
    } else if (kind < 85) {
      return new Query(SearchRequest.of("\"" + a + " " + b + "\"", 10), "\"" + a.toLowerCase(Locale.ROOT) + " " + b.toLowerCase(Locale.ROOT) + "\"");
    }
    String party = synthetic.asker(random).party();
    return new Query(SearchRequest.of(a, 10).withParty(party), quote(a));
  }

  private static String quote(String word) {
    return "\"" + word.toLowerCase(Locale.ROOT) + "\"";
  }

  private static String millis(long[] nanos, int percentile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int at = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
    return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, at)] / 1e6);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u == null ? 0 : u.getUsed()).sum();
  }

  private static String megabytes(Path path) throws IOException {
    long bytes = 0;
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      }
    } else {
      for (String suffix : List.of("", "-wal", "-shm")) {
        Path file = Path.of(path + suffix);
        bytes += Files.exists(file) ? Files.size(file) : 0;
      }
    }
    return mb(bytes);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
