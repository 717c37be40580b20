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
