package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vraagbaak.web.LoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vraagbaak bench-web}: concurrent clients against a running {@code vraagbaak serve}. */
@Command(name = "bench-web", description = "Load-test a running server: N concurrent clients for S seconds; throughput and p50/p99 latency.")
final class BenchWebCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/", description = "the server (default: ${DEFAULT-VALUE})")
  URI url;

  @Option(names = "--clients", defaultValue = "32", description = "concurrent clients (default: ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--seconds", defaultValue = "60", description = "how long to run (default: ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--warmup", defaultValue = "5", description = "seconds of requests before measuring, not counted (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--pages", description = "also request the HTML search page, not only /api/search")
  boolean pages;

  @Option(names = "--all-pages", description = "every kind of page: search (API and HTML), pairs and documents of the hits, overview, commitments")
  boolean allPages;

  @Option(names = "--no-cache", description = "send 'Cache-Control: no-cache': every search runs, none is answered from the server's cache")
  boolean noCache;

  @Option(names = "--gzip", description = "send 'Accept-Encoding: gzip' as browsers do: the server compresses (or sends what it compressed before)")
  boolean gzip;

  @Option(names = "--server-pid", paramLabel = "PID",
      description = "the server's process id (same machine): also report its CPU time per request, which a busy machine does not distort")
  Long serverPid;

  @Option(names = "--path", paramLabel = "PATH", description = "request these paths instead of the default search mix (repeatable)")
  List<String> paths;

  /** User plus system CPU seconds of the server process from /proc (Linux), or -1 where it cannot be read. */
  private double serverCpuSeconds() {
    if (serverPid == null) {
      return -1;
    }
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(serverPid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in clock ticks
    } catch (java.io.IOException | RuntimeException e) {
      spec.commandLine().getErr().println("vraagbaak bench-web: cannot read the CPU time of process " + serverPid + " (" + e.getMessage() + ")");
      return -1;
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (clients < 1 || clients > 1024 || seconds < 1 || warmup < 0) {
      err.println("vraagbaak bench-web: --clients must be 1..1024, --seconds at least 1 and --warmup at least 0");
      return 2;
    }
    List<String> mix = paths != null && !paths.isEmpty() ? paths
        : allPages ? LoadBenchmark.allPages(url) : LoadBenchmark.defaultPaths(pages);
    err.printf("vraagbaak: %d clients for %d s against %s (%d distinct requests), after %d s warm-up%n",
        clients, seconds, url, mix.size(), warmup);
    err.flush();
    if (warmup > 0) {
      LoadBenchmark.run(url, clients, Duration.ofSeconds(warmup), mix, noCache, gzip);
    }
    double cpuBefore = serverCpuSeconds();
    LoadBenchmark.Result r = LoadBenchmark.run(url, clients, Duration.ofSeconds(seconds), mix, noCache, gzip);
    double cpuAfter = serverCpuSeconds();
    out.printf("requests   %d%n", r.requests());
    out.printf("errors     %d%n", r.errors());
    out.printf("throughput %.1f requests/s%n", r.throughput());
    out.printf("latency    p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", r.p50Millis(), r.p99Millis(), r.maxMillis());
    if (r.perKind().size() > 1) {
      r.perKind().forEach((kind, l) ->
          out.printf("  %-16s %6d requests, p50 %.1f ms, p99 %.1f ms%n", kind, l.requests(), l.p50Millis(), l.p99Millis()));
    }
    if (cpuBefore >= 0 && cpuAfter >= 0 && r.requests() > 0) {
      double cpuMillis = (cpuAfter - cpuBefore) * 1000 / (r.requests() + r.errors());
      out.printf("server CPU %.2f ms per request (%.0f requests/s per core)%n", cpuMillis, 1000 / cpuMillis);
    }
    if (r.requests() > 0) {
      // the client runs on the same cores: what it takes, the server could not have
      out.printf("client CPU %.2f ms per request (%.2f cores)%n",
          r.clientCpuSeconds() * 1000 / (r.requests() + r.errors()), r.clientCpuSeconds() / r.seconds());
    }
    out.flush();
    return r.errors() == 0 && r.requests() > 0 ? 0 : 1;
  }
}
