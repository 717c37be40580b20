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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

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
   */
  public record Result(
      long requests, long errors, double seconds, double p50Millis, double p99Millis, double maxMillis,
      Map<String, Latency> perKind) {
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
    return run(base, clients, duration, paths, false);
  }

  /** @param noCache send "Cache-Control: no-cache": the server runs every search instead of answering from its cache */
  public static Result run(URI base, int clients, Duration duration, List<String> paths, boolean noCache)
      throws InterruptedException {
    if (clients < 1 || paths.isEmpty()) {
      throw new IllegalArgumentException("need at least one client and one path; got " + clients + " and " + paths.size());
    }
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    List<Future<Samples>> futures = new ArrayList<>();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      // clients start spread over the whole mix, so that a short run still requests every kind of page
      for (int c = 0; c < clients; c++) {
        int first = (int) ((long) c * paths.size() / clients);
        futures.add(pool.submit(() -> client(http, base, paths, first, deadline, errors, noCache)));
      }
      Map<String, List<Long>> byKind = new TreeMap<>();
      List<Long> all = new ArrayList<>();
      for (Future<Samples> future : futures) {
        Samples one = future.get();
        for (int i = 0; i < one.count; i++) {
          all.add(one.nanos[i]);
          byKind.computeIfAbsent(one.kinds[i], k -> new ArrayList<>()).add(one.nanos[i]);
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] sorted = sorted(all);
      Map<String, Latency> perKind = new LinkedHashMap<>();
      byKind.forEach((kind, nanos) -> {
        long[] k = sorted(nanos);
        perKind.put(kind, new Latency(k.length, percentile(k, 50), percentile(k, 99)));
      });
      return new Result(sorted.length, errors.get(), seconds, percentile(sorted, 50), percentile(sorted, 99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, perKind);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e.getCause());
    }
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

  /** Latencies one client saw, with the kind of each request. */
  private static final class Samples {
    long[] nanos = new long[1024];
    String[] kinds = new String[1024];
    int count;

    void add(String kind, long elapsed) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
        kinds = Arrays.copyOf(kinds, count * 2);
      }
      nanos[count] = elapsed;
      kinds[count++] = kind;
    }
  }

  /** One client: requests paths in turn (each client starting elsewhere) until the deadline. */
  private static Samples client(
      HttpClient http, URI base, List<String> paths, int first, long deadline, AtomicLong errors, boolean noCache) {
    Samples samples = new Samples();
    for (int i = first; System.nanoTime() < deadline; i++) {
      String path = paths.get(i % paths.size());
      HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
      if (noCache) {
        builder.header("Cache-Control", "no-cache");
      }
      HttpRequest request = builder.build();
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - t0;
        if (response.statusCode() / 100 != 2) {
          errors.incrementAndGet();
          continue;
        }
        samples.add(kind(path), elapsed);
      } catch (IOException e) {
        errors.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return samples;
  }

  private static long[] sorted(List<Long> nanos) {
    long[] array = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(array);
    return array;
  }

  private static double percentile(long[] sortedNanos, int p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
  }
}
