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
import java.util.List;
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

  /**
   * What one run measured.
   *
   * @param requests answered requests
   * @param errors requests that failed or did not answer 2xx
   * @param seconds how long the run took
   * @param p50Millis median latency
   * @param p99Millis 99th percentile latency
   * @param maxMillis slowest request
   */
  public record Result(long requests, long errors, double seconds, double p50Millis, double p99Millis, double maxMillis) {
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

  public static Result run(URI base, int clients, Duration duration, List<String> paths) throws InterruptedException {
    if (clients < 1 || paths.isEmpty()) {
      throw new IllegalArgumentException("need at least one client and one path; got " + clients + " and " + paths.size());
    }
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      for (int c = 0; c < clients; c++) {
        int first = c;
        futures.add(pool.submit(() -> client(http, base, paths, first, deadline, errors)));
      }
      long[] all = new long[0];
      for (Future<long[]> future : futures) {
        long[] one = future.get();
        long[] merged = Arrays.copyOf(all, all.length + one.length);
        System.arraycopy(one, 0, merged, all.length, one.length);
        all = merged;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Arrays.sort(all);
      return new Result(all.length, errors.get(), seconds, percentile(all, 50), percentile(all, 99),
          all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e.getCause());
    }
  }

  /** One client: requests paths in turn (each client starting elsewhere) until the deadline. */
  private static long[] client(HttpClient http, URI base, List<String> paths, int first, long deadline, AtomicLong errors) {
    long[] latencies = new long[1024];
    int count = 0;
    for (int i = first; System.nanoTime() < deadline; i++) {
      HttpRequest request = HttpRequest.newBuilder(base.resolve(paths.get(i % paths.size())))
          .timeout(Duration.ofSeconds(30)).GET().build();
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - t0;
        if (response.statusCode() / 100 != 2) {
          errors.incrementAndGet();
          continue;
        }
        if (count == latencies.length) {
          latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = elapsed;
      } catch (IOException e) {
        errors.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Arrays.copyOf(latencies, count);
  }

  private static double percentile(long[] sortedNanos, int p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
  }
}
