package nl.vraagbaak.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.extract.Extracted;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.ParseResult;
import nl.vraagbaak.parse.Parser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The measurements behind {@code vraagbaak bench parse}. Text: the files are parsed over and over in this process,
 * single-threaded, after a warm-up, and the bytes parsed per second count. PDF: a deterministic PDF of the seed texts
 * is written with PDFBox, then {@code pdftotext} and a child {@code bin/vraagbaak parse} (JVM start included, heap
 * capped at 256 MB) each read it a few times in turn; the median of each counts.
 */
final class ParseBenchmark {

  private static final double MB = 1024.0 * 1024.0;
  private static final long HEAP_CAP_MB = 256;
  private static final long CHILD_TIMEOUT_SECONDS = 600;

  private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final PrintWriter out;

  ParseBenchmark(PrintWriter out) {
    this.out = out;
  }

  /** The seed texts, looked for next to the working folder and next to the project that holds this jar. */
  static List<Path> defaultSeeds() throws IOException {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("..", "shared", "corpus", "seeds"));
    Path project = projectDir();
    if (project != null) {
      candidates.add(project.resolveSibling("shared").resolve("corpus").resolve("seeds"));
    }
    for (Path dir : candidates) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> list = Files.list(dir)) {
          return list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
      }
    }
    return List.of();
  }

  // ---- text ----

  void text(List<Path> files, double warmupSeconds, double seconds) {
    long bytes = files.stream().mapToLong(ParseBenchmark::size).sum();
    out.printf(Locale.ROOT, "text: %d files, %.2f MB, single thread, %.0f s warm-up, %.0f s measured (CPU seconds of this thread)%n",
        files.size(), bytes / MB, warmupSeconds, seconds);
    if (ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:TieredStopAtLevel=1")) {
      out.println("text: note: this JVM compiles with C1 only (the launcher's start-up setting); for peak throughput run with "
          + "VRAAGBAAK_JAVA_OPTS=-XX:+UseSerialGC");
    }
    out.flush();
    // Warm-up and measurement are counted in this thread's CPU time: on a machine shared with other work, a wall-clock
    // warm-up may end before the JIT compiler has done its work.
    Stages warm = new Stages();
    long until = THREADS.getCurrentThreadCpuTime() + (long) (warmupSeconds * 1e9);
    while (THREADS.getCurrentThreadCpuTime() < until) {
      parseAll(files, warm);
    }
    Stages stages = new Stages();
    int rounds = 0;
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    until = cpuStart + (long) (seconds * 1e9);
    do {
      parseAll(files, stages);
      rounds++;
    } while (THREADS.getCurrentThreadCpuTime() < until);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double parsed = bytes * (double) rounds / MB;
    double staged = stages.total() + stages.json;
    if (cpu <= 0) {
      throw new IllegalStateException("bench: this JVM does not measure thread CPU time");
    }
    out.printf(Locale.ROOT, "text: %d rounds, %.1f MB in %.2f s wall, %.2f s CPU of this thread%n", rounds, parsed, elapsed, cpu);
    out.printf(Locale.ROOT, "text: parsing %.1f MB/s per core (MB per CPU second of extract+repair+parse; goal >= 30)%n",
        parsed / (stages.extract + stages.parse));
    out.printf(Locale.ROOT, "text: with enrichment %.1f MB/s per core; enrichment alone %.1f MB/s; JSON writing %.1f MB/s%n",
        parsed / stages.total(), parsed / stages.enrich, parsed / stages.json);
    out.printf(Locale.ROOT, "text: CPU shares  extract %.0f%%, repair+parse %.0f%%, enrich %.0f%%, JSON writing (not counted) %.0f%%; %d pairs per round%n",
        100 * stages.extract / staged, 100 * stages.parse / staged, 100 * stages.enrich / staged, 100 * stages.json / staged, stages.pairs / rounds);
    out.flush();
  }

  private static void parseAll(List<Path> files, Stages stages) {
    for (Path file : files) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      Extraction extraction = Extraction.of(file);
      long t1 = THREADS.getCurrentThreadCpuTime();
      if (!(extraction instanceof Extraction.Read read)) {
        throw new IllegalArgumentException("bench: " + file + " cannot be read: " + ((Extraction.Failed) extraction).reason());
      }
      ParseResult result = Parser.parse(read.extracted());
      long t2 = THREADS.getCurrentThreadCpuTime();
      Enriched enriched = Enricher.enrich(result);
      long t3 = THREADS.getCurrentThreadCpuTime();
      String json = ContractJson.compact(enriched);
      long t4 = THREADS.getCurrentThreadCpuTime();
      stages.add(t1 - t0, t2 - t1, t3 - t2, t4 - t3, enriched.pairs().size(), json.length());
    }
  }

  /** CPU seconds of this thread spent per stage. */
  private static final class Stages {
    double extract;
    double parse;
    double enrich;
    double json;
    long pairs;
    long sink;

    void add(long extractNanos, long parseNanos, long enrichNanos, long jsonNanos, int pairCount, int jsonLength) {
      extract += extractNanos / 1e9;
      parse += parseNanos / 1e9;
      enrich += enrichNanos / 1e9;
      json += jsonNanos / 1e9;
      pairs += pairCount;
      sink += jsonLength;
    }

    double total() {
      return extract + parse + enrich;
    }
  }

  // ---- PDF ----

  void pdf(List<Path> texts, int pages, int runs, Path workdir) throws IOException, InterruptedException {
    Path dir = workdir != null ? Files.createDirectories(workdir) : Files.createTempDirectory("vraagbaak-bench");
    Path pdf = dir.resolve("big.pdf");
    long made = System.nanoTime();
    int written = BigPdf.write(texts, pages, pdf);
    out.printf(Locale.ROOT, "pdf: %s, %d pages, %.1f MB, written with PDFBox in %.1f s%n", pdf, written, Files.size(pdf) / MB, (System.nanoTime() - made) / 1e9);
    out.flush();
    List<String> launcher = launcher();
    List<String> pdftotext = List.of("pdftotext", pdf.toString(), "-");
    List<String> vraagbaak = new ArrayList<>(launcher);
    vraagbaak.addAll(List.of("parse", "--format", "jsonl", pdf.toString()));
    Path jsonl = dir.resolve("big.jsonl");
    // One untimed run each: the launcher may build the jar, and both should find the file in the page cache.
    run(pdftotext, null, dir);
    run(vraagbaak, jsonl, dir);
    Timed[] popplerRuns = new Timed[runs];
    Timed[] ourRuns = new Timed[runs];
    for (int r = 0; r < runs; r++) {
      popplerRuns[r] = run(pdftotext, null, dir);
      ourRuns[r] = run(vraagbaak, jsonl, dir);
    }
    Timed poppler = Timed.median(popplerRuns);
    Timed ours = Timed.median(ourRuns);
    out.printf(Locale.ROOT, "pdf: pdftotext                 wall %6.2f s (%6.1f pages/s), CPU %6.2f s (runs %s)%n",
        poppler.wall(), written / poppler.wall(), poppler.cpu(), Timed.walls(popplerRuns));
    out.printf(Locale.ROOT, "pdf: vraagbaak parse (JVM)     wall %6.2f s (%6.1f pages/s), CPU %6.2f s (runs %s; -Xmx%dm, max RSS %d MB, %d pairs)%n",
        ours.wall(), written / ours.wall(), ours.cpu(), Timed.walls(ourRuns), HEAP_CAP_MB, ours.maxRssKb() / 1024, pairs(jsonl));
    out.printf(Locale.ROOT, "pdf: ratio vraagbaak/pdftotext  wall %.2f, CPU %.2f (goal <= 3.00)%n", ours.wall() / poppler.wall(), ours.cpu() / poppler.cpu());
    List<String> heap = new ArrayList<>(launcher);
    heap.addAll(List.of("bench", "heap", pdf.toString()));
    Path heapOut = dir.resolve("heap.txt");
    run(heap, heapOut, dir);
    out.printf(Locale.ROOT, "pdf: peak heap %s (goal < %d MB)%n", Files.readString(heapOut).strip(), HEAP_CAP_MB);
    out.flush();
  }

  /** A child's wall time and CPU time (user + system) in seconds, and its peak resident memory. */
  private record Timed(double wall, double cpu, long maxRssKb) {

    static Timed median(Timed[] runs) {
      Timed[] sorted = runs.clone();
      Arrays.sort(sorted, java.util.Comparator.comparingDouble(Timed::wall));
      double[] cpus = Arrays.stream(runs).mapToDouble(Timed::cpu).sorted().toArray();
      return new Timed(sorted[sorted.length / 2].wall(), cpus[cpus.length / 2], Arrays.stream(runs).mapToLong(Timed::maxRssKb).max().orElse(0));
    }

    static String walls(Timed[] runs) {
      return seconds(Arrays.stream(runs).mapToDouble(Timed::wall).toArray());
    }
  }

  private static final Path TIME = Path.of("/usr/bin/time");

  /**
   * Runs a child process with the heap cap, output to a file or discarded. Its CPU time and memory come from
   * /usr/bin/time where installed (else CPU is 0): on a busy machine CPU time compares more fairly than wall time.
   */
  private static Timed run(List<String> command, Path output, Path dir) throws IOException, InterruptedException {
    Path times = dir.resolve("time.txt");
    List<String> timed = new ArrayList<>();
    if (Files.isExecutable(TIME)) {
      timed.addAll(List.of(TIME.toString(), "-f", "%U %S %M", "-o", times.toString()));
    }
    timed.addAll(command);
    Files.deleteIfExists(times);
    ProcessBuilder builder = new ProcessBuilder(timed).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
    builder.environment().put("JDK_JAVA_OPTIONS", "-Xmx" + HEAP_CAP_MB + "m");
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(String.join(" ", command) + " did not finish within " + CHILD_TIMEOUT_SECONDS + " s");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " exited with status " + process.exitValue());
    }
    if (!Files.exists(times)) {
      return new Timed(seconds, 0, 0);
    }
    String[] fields = Files.readString(times).strip().split("\\s+");
    int n = fields.length;
    return new Timed(seconds, Double.parseDouble(fields[n - 3]) + Double.parseDouble(fields[n - 2]), Long.parseLong(fields[n - 1]));
  }

  /** bin/vraagbaak of the project that holds this jar; else this JVM running this jar. */
  private static List<String> launcher() {
    Path project = projectDir();
    if (project != null && Files.isExecutable(project.resolve("bin").resolve("vraagbaak"))) {
      return List.of(project.resolve("bin").resolve("vraagbaak").toString());
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    return List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar().toString());
  }

  private static Path jar() {
    try {
      return Path.of(ParseBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot locate the vraagbaak jar", e);
    }
  }

  /** The project folder when running from its target/vraagbaak.jar, else null. */
  private static Path projectDir() {
    Path jar = jar().toAbsolutePath();
    Path target = jar.getParent();
    return target != null && target.getFileName() != null && target.getFileName().toString().equals("target") ? target.getParent() : null;
  }

  private static long pairs(Path jsonl) throws IOException {
    long pairs = 0;
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        pairs += Json.MAPPER.readTree(line).path("pairs").size();
      }
    }
    return pairs;
  }

  private static String seconds(double[] values) {
    StringBuilder s = new StringBuilder();
    for (double v : values) {
      s.append(s.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.2f", v));
    }
    return s.toString();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("bench: cannot read " + file, e);
    }
  }

  // ---- peak heap, in a child ----

  /** Parses one file as {@code parse --format jsonl} does and prints the sum of the heap pools' peaks. */
  static int peakHeap(Path file, PrintWriter out, PrintWriter err) {
    Extraction extraction = Extraction.of(file);
    if (!(extraction instanceof Extraction.Read read)) {
      err.println("vraagbaak: " + file + ": " + ((Extraction.Failed) extraction).reason());
      return 1;
    }
    Extracted extracted = read.extracted();
    String json = ContractJson.compact(Enricher.enrich(Parser.parse(extracted)));
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long max = Runtime.getRuntime().maxMemory();
    out.printf(Locale.ROOT, "%.0f MB (sum of heap pools' peaks; max heap %.0f MB; %d lines, %d chars of JSON)%n",
        peak / MB, max / MB, extracted.lines().size(), json.length());
    return 0;
  }

  /** The benchmark PDF: the texts over and over, wrapped, with a Kamerstuk footer and a page number on every page. */
  static final class BigPdf {

    private static final float FONT_SIZE = 10;
    private static final float LEADING = 13;
    private static final int LINES_PER_PAGE = 52;
    private static final int WRAP = 95;

    private BigPdf() {}

    static int write(List<Path> texts, int pages, Path target) throws IOException {
      List<String> source = new ArrayList<>();
      for (Path text : texts) {
        for (String line : Files.readAllLines(text, StandardCharsets.UTF_8)) {
          source.addAll(wrap(line));
        }
      }
      try (PDDocument pdf = new PDDocument()) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        Map<Character, Boolean> encodable = new HashMap<>();
        int next = 0;
        for (int p = 1; p <= pages; p++) {
          PDPage page = new PDPage(PDRectangle.A4);
          pdf.addPage(page);
          try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.setLeading(LEADING);
            content.newLineAtOffset(60, 790);
            for (int l = 0; l < LINES_PER_PAGE; l++) {
              String line = source.get(next++ % source.size());
              if (!line.isEmpty()) {
                content.showText(encodable(line, font, encodable));
              }
              content.newLine();
            }
            content.newLine();
            content.showText("Tweede Kamer, vergaderjaar 2021\u20132022, 28 676, nr. 396 " + p);
            content.endText();
          }
        }
        pdf.save(target.toFile());
      }
      return pages;
    }

    /** A source line cut at spaces into lines of at most {@link #WRAP} characters; an empty line stays one. */
    private static List<String> wrap(String line) {
      List<String> lines = new ArrayList<>();
      String rest = line.strip();
      while (rest.length() > WRAP) {
        int cut = rest.lastIndexOf(' ', WRAP);
        if (cut <= 0) {
          cut = WRAP;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut).strip();
      }
      lines.add(rest);
      return lines;
    }

    /** The line with every character the standard font cannot show replaced by '?'. */
    private static String encodable(String line, PDType1Font font, Map<Character, Boolean> known) {
      StringBuilder s = new StringBuilder(line.length());
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        boolean ok = known.computeIfAbsent(c, ch -> canEncode(font, ch));
        s.append(ok ? c : '?');
      }
      return s.toString();
    }

    private static boolean canEncode(PDType1Font font, char c) {
      try {
        font.encode(String.valueOf(c));
        return !Character.isISOControl(c);
      } catch (IOException | IllegalArgumentException e) {
        return false;
      }
    }
  }
}
