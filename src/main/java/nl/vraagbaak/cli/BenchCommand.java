package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vraagbaak bench ...}: speed measured against a baseline in the same run, never in a unit test. */
@Command(
    name = "bench",
    description = "Measure speed.",
    subcommands = {BenchCommand.Parse.class, BenchCommand.Heap.class, BenchCommand.Train.class})
final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a benchmark, e.g. 'vraagbaak bench parse'");
  }

  /** {@code vraagbaak bench parse}: text parsing in MB/s, and a 500-page PDF against pdftotext. */
  @Command(name = "parse", description = "Text parsing in MB/s; PDF extraction plus parsing against pdftotext in pages/s.")
  static final class Parse implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "text files to parse (default: the seeds in ../shared/corpus/seeds)")
    List<Path> files;

    @Option(names = "--seconds", defaultValue = "5", description = "measuring time of the text benchmark, in CPU seconds of its thread (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up time of the text benchmark, in CPU seconds of its thread (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--pages", defaultValue = "500", description = "pages of the generated PDF (default: ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--runs", defaultValue = "3", description = "timed runs of each PDF command; the median counts (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--no-pdf", description = "skip the PDF benchmark")
    boolean noPdf;

    @Option(names = "--no-text", description = "skip the text benchmark")
    boolean noText;

    @Option(names = "--workdir", description = "where the generated PDF is written (default: a temporary folder)")
    Path workdir;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ParseBenchmark bench = new ParseBenchmark(out);
      List<Path> texts = files == null || files.isEmpty() ? ParseBenchmark.defaultSeeds() : files;
      if (texts.isEmpty()) {
        err.println("vraagbaak: bench: no text files given and no seeds found in ../shared/corpus/seeds");
        return 2;
      }
      if (!noText) {
        bench.text(texts, warmup, seconds);
      }
      if (!noPdf) {
        bench.pdf(texts, pages, runs, workdir);
      }
      return 0;
    }
  }

  /** {@code vraagbaak bench heap FILE}: parses a file once and prints the heap's peak use (for a child run). */
  @Command(name = "heap", hidden = true, description = "Parse one file and print the peak heap use in bytes.")
  static final class Heap implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      return ParseBenchmark.peakHeap(file, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }

  /**
   * {@code vraagbaak bench train}: parses a PDF (long enough for two page ranges), a DOCX and a text made on the spot
   * and prints nothing. The launcher runs it once after a build to record the JVM's ahead-of-time cache, which makes
   * every later start faster.
   */
  @Command(name = "train", hidden = true, description = "Exercise parsing once, for the JVM's ahead-of-time cache.")
  static final class Train implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
      Training.run();
      return 0;
    }
  }
}
