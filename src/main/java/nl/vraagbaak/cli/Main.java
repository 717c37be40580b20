package nl.vraagbaak.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vraagbaak} command and its subcommands. */
@Command(
    name = "vraagbaak",
    mixinStandardHelpOptions = true,
    version = "vraagbaak 0.1.0",
    description = "Dutch parliamentary written questions and answers as structured, searchable pairs.",
    subcommands = {
      ParseCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      SimilarCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      ReindexCommand.class,
      BenchCommand.class,
      CommitmentsCommand.class,
      CitesCommand.class,
      BenchSearchCommand.class,
      BenchLibraryCommand.class,
      ServeCommand.class,
      BenchWebCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static {
    quietLibraryLogging();
  }

  /**
   * PDFBox logs through Commons Logging, which by default looks for Log4j, then SLF4J (here slf4j-nop, so nothing is
   * ever written) on first use: some 40 ms of class loading (cold) in every process that reads a PDF. Naming its
   * no-op log up front writes the same nothing without the search. A user's own settings win.
   */
  private static void quietLibraryLogging() {
    if (System.getProperty("org.apache.commons.logging.LogFactory") == null && System.getProperty("org.apache.commons.logging.Log") == null) {
      System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
      System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit status: 0 success, 1 some input failed, 2 usage error. */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs a command line writing to the given streams (tests capture them). */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    Integer plain = ParseCommand.runPlain(out, err, args); // the common case, without picocli's start-up cost
    if (plain != null) {
      return plain;
    }
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("vraagbaak: " + e.getMessage());
          return 1;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'vraagbaak parse FILE'");
  }
}
