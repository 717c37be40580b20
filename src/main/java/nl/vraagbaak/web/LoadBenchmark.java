package nl.vraagbaak.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Many clients requesting a running server as fast as it answers, for a fixed time: throughput and
 * latency percentiles of what came back, and how many requests failed (non-2xx or no answer).
 */
public final class LoadBenchmark {

  /** Searches a policy officer might type against the seeds and the synthetic library. */
  public static final List<String> QUERIES = List.of(
      "NAVO", "Oekraïne", "Groenland", "defensie-uitgaven", "\"5%-norm\"", "sancties Rusland", "munitie",
      "F-35", "Caribisch gebied", "luchtverdediging", "bbp", "Verenigde Staten", "EU", "drones",
      "personeel werving", "cyber*", "Arctisch gebied", "Midden-Oosten", "wapenexport", "Oekraine steun");

  /** Latencies of one kind of request. */
  public record Latency(long requests, double p50Millis, double p99Millis) {}

  /**
   * What one run measured.
   *
   * @param requests answered requests
   * @param errors requests that failed or did not answer 2xx
   * @param seconds how long the run took
   * @param p50Millis median latency
   * @param p99Millis 99th percentile latency
   * @param maxMillis slowest request
   * @param perKind latencies per kind of page ("/api/search", "search page", "/pairs page", …)
   * @param clientCpuSeconds CPU time this benchmark's own process took meanwhile (it shares the machine's cores)
   */
  public record Result(
      long requests, long errors, double seconds, double p50Millis, double p99Millis, double maxMillis,
      Map<String, Latency> perKind, double clientCpuSeconds) {
    public double throughput() {
      return requests / seconds;
    }
  }

  private LoadBenchmark() {}

  /** The request paths of the default mix: the search API and the search page over {@link #QUERIES}. */
  public static List<String> defaultPaths(boolean pages) {
    List<String> paths = new ArrayList<>();
    for (String query : QUERIES) {
      String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
      paths.add("/api/search?limit=10&q=" + q);
      if (pages) {
        paths.add("/?q=" + q);
      }
    }
    return paths;
  }

  /**
   * Every kind of page: the search API and page for each query, and the pair and document pages of the first
   * hit of each (found through the API before the run), the overview, the commitments and the upload page.
   */
  public static List<String> allPages(URI base) throws InterruptedException {
    List<String> paths = new ArrayList<>(defaultPaths(true));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String query : QUERIES) {
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(
            "/api/search?limit=1&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        var hit = json.readTree(response.body()).path("hits").path(0);
        if (!hit.isMissingNode()) {
          paths.add("/pairs/" + hit.path("pair").path("id").asText());
          paths.add("/documents/" + hit.path("document").path("id").asText());
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot reach " + base + " to find pages: " + e.getMessage(), e);
      }
    }
    paths.addAll(List.of("/overview", "/commitments", "/ingest", "/"));
    java.util.Collections.shuffle(paths, new java.util.Random(42)); // deterministic mix of every kind
    return paths;
  }

  public static Result run(URI base, int clients, Duration duration, List<String> paths) throws InterruptedException {
    return run(base, clients, duration, paths, false, false);
  }

  /**
   * Closed loop: each client sends its next request when the previous one answered. The clients are not threads but
   * chains of asynchronous requests on one {@link HttpClient} (HTTP/1.1 keep-alive, one connection per client) run
   * by {@link #CLIENT_THREADS} threads, with every request built before the run: the client takes little of the
   * cores it shares with the server, and says how much ({@link Result#clientCpuSeconds()}).
   *
   * @param noCache send "Cache-Control: no-cache": the server runs every search instead of answering from its cache
   * @param gzip send "Accept-Encoding: gzip" as a browser does (the answers are counted, not decompressed)
   */
  public static Result run(URI base, int clients, Duration duration, List<String> paths, boolean noCache, boolean gzip)
      throws InterruptedException {
    if (clients < 1 || paths.isEmpty()) {
      throw new IllegalArgumentException("need at least one client and one path; got " + clients + " and " + paths.size());
    }
    HttpRequest[] requests = new HttpRequest[paths.size()];
    String[] kinds = new String[paths.size()];
    for (int i = 0; i < requests.length; i++) {
      HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(paths.get(i))).timeout(Duration.ofSeconds(30)).GET();
      if (noCache) {
        builder.header("Cache-Control", "no-cache");
      }
      if (gzip) {
        builder.header("Accept-Encoding", "gzip");
      }
      requests[i] = builder.build();
      kinds[i] = kind(paths.get(i));
    }
    ExecutorService threads = Executors.newFixedThreadPool(CLIENT_THREADS, Thread.ofPlatform().daemon().name("bench-web-", 0).factory());
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .executor(threads)
        .build();
    try (http) {
      long cpuBefore = processCpuNanos();
      long start = System.nanoTime();
      long deadline = start + duration.toNanos();
      CountDownLatch finished = new CountDownLatch(clients);
      List<Client> all = new ArrayList<>();
      // clients start spread over the whole mix, so that a short run still requests every kind of page
      for (int c = 0; c < clients; c++) {
        Client client = new Client(http, threads, requests, (int) ((long) c * paths.size() / clients), deadline, finished);
        all.add(client);
        client.next();
      }
      finished.await();
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
      return result(all, kinds, seconds, cpuSeconds);
    } finally {
      threads.shutdownNow();
    }
  }

  /** Threads that run the clients' callbacks; the HTTP client adds one selector thread. */
  static final int CLIENT_THREADS = 2;

  private static Result result(List<Client> clients, String[] kinds, double seconds, double cpuSeconds) {
    Map<String, List<long[]>> byKind = new TreeMap<>();
    List<long[]> everything = new ArrayList<>();
    long errors = 0;
    for (Client client : clients) {
      errors += client.errors;
      long[][] perPath = client.byPath(kinds.length);
      for (int p = 0; p < kinds.length; p++) {
        byKind.computeIfAbsent(kinds[p], k -> new ArrayList<>()).add(perPath[p]);
        everything.add(perPath[p]);
      }
    }
    long[] sorted = concatSorted(everything);
    Map<String, Latency> perKind = new LinkedHashMap<>();
    byKind.forEach((kind, parts) -> {
      long[] k = concatSorted(parts);
      if (k.length > 0) {
        perKind.put(kind, new Latency(k.length, percentile(k, 50), percentile(k, 99)));
      }
    });
    return new Result(sorted.length, errors, seconds, percentile(sorted, 50), percentile(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, perKind, cpuSeconds);
  }

  private static long[] concatSorted(List<long[]> parts) {
    long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    Arrays.sort(all);
    return all;
  }

  /** CPU time of this whole process (client threads, HTTP client, JIT, GC), or 0 where the JVM cannot say. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
  }

  /** What kind of page a path asks for, for the per-kind figures. */
  static String kind(String path) {
    if (path.startsWith("/api/")) {
      int end = path.indexOf('?');
      String api = end < 0 ? path : path.substring(0, end);
      return api.startsWith("/api/pairs/") ? "/api/pairs" : api.startsWith("/api/documents/") ? "/api/documents" : api;
    }
    if (path.equals("/") || path.startsWith("/?")) {
      return path.contains("q=") ? "search page" : "home page";
    }
    int slash = path.indexOf('/', 1);
    return slash < 0 ? path.replaceAll("\\?.*", "") : path.substring(0, slash) + " page";
  }

  /** One client: requests the paths in turn (each client starting elsewhere) until the deadline, one at a time. */
  private static final class Client {
    private final HttpClient http;
    private final Executor callbacks;
    private final HttpRequest[] requests;
    private final long deadline;
    private final CountDownLatch finished;
    private int next;
    private long[] nanos = new long[4096];
    private int[] paths = new int[4096];
    private int count;
    private long errors;

    Client(HttpClient http, Executor callbacks, HttpRequest[] requests, int first, long deadline, CountDownLatch finished) {
      this.http = http;
      this.callbacks = callbacks;
      this.requests = requests;
      this.next = first;
      this.deadline = deadline;
      this.finished = finished;
    }

    /** Sends the next request; its answer (on a client thread, never nested in this call) sends the one after. */
    void next() {
      long t0 = System.nanoTime();
      if (t0 - deadline >= 0) {
        finished.countDown();
        return;
      }
      int path = next++ % requests.length;
      http.sendAsync(requests[path], HttpResponse.BodyHandlers.discarding()).whenCompleteAsync((response, failure) -> {
        long elapsed = System.nanoTime() - t0;
        if (failure != null || response.statusCode() / 100 != 2) {
          errors++;
        } else {
          add(path, elapsed);
        }
        next();
      }, callbacks);
    }

    private void add(int path, long elapsed) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
        paths = Arrays.copyOf(paths, count * 2);
      }
      nanos[count] = elapsed;
      paths[count++] = path;
    }

    /** The latencies of each path. */
    long[][] byPath(int pathCount) {
      int[] sizes = new int[pathCount];
      for (int i = 0; i < count; i++) {
        sizes[paths[i]]++;
      }
      long[][] result = new long[pathCount][];
      for (int p = 0; p < pathCount; p++) {
        result[p] = new long[sizes[p]];
      }
      int[] filled = new int[pathCount];
      for (int i = 0; i < count; i++) {
        result[paths[i]][filled[paths[i]]++] = nanos[i];
      }
      return result;
    }
  }

  private static double percentile(long[] sortedNanos, int p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
  }
}
