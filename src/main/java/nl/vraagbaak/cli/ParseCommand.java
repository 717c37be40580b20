package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.parse.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vraagbaak parse}: files to question/answer pairs on stdout. */
@Command(name = "parse", description = "Parse documents into question/answer pairs (JSON, JSON Lines or Markdown).")
final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "json", description = "json, jsonl or md (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF, DOCX, ODT, HTML, XML or text files")
  List<Path> files;

  @Override
  public Integer call() {
    return parse(files, format, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * {@code parse [--format F] FILE...} read without picocli, or null when the arguments are anything else (help, another
   * option, an argument file, a value picocli would refuse), which picocli then reads as always. Building picocli's
   * model of every command costs a quarter of a second of CPU at each start: more than parsing a short document.
   */
  static Integer runPlain(PrintWriter out, PrintWriter err, String... args) {
    if (args.length < 2 || !args[0].equals("parse")) {
      return null;
    }
    String format = null;
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--format") || arg.startsWith("--format=")) {
        if (format != null || (arg.equals("--format") && i + 1 == args.length)) {
          return null;
        }
        format = arg.equals("--format") ? args[++i] : arg.substring("--format=".length());
      } else if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
        return null;
      } else {
        try {
          files.add(Path.of(arg));
        } catch (InvalidPathException e) {
          return null;
        }
      }
    }
    OutputFormat named = format == null ? OutputFormat.json : named(format);
    if (files.isEmpty() || named == null) {
      return null;
    }
    try {
      return parse(files, named, out, err);
    } catch (RuntimeException e) {
      err.println("vraagbaak: " + e.getMessage()); // as Main's handler of a command's exception
      return 1;
    }
  }

  /** The format of that exact name (as picocli converts it), or null. */
  private static OutputFormat named(String name) {
    for (OutputFormat format : OutputFormat.values()) {
      if (format.name().equals(name)) {
        return format;
      }
    }
    return null;
  }

  static int parse(List<Path> files, OutputFormat format, PrintWriter out, PrintWriter err) {
    int status = 0;
    boolean prepared = false;
    for (Path file : files) {
      switch (Extraction.of(file)) {
        case Extraction.Read read -> {
          if (!prepared) {
            prepared = true;
            // enrichment's classes are initialised on the other processor while this one repairs and parses
            Thread.ofPlatform().daemon().name("enrich-prepare").start(Enricher::prepare);
          }
          print(Enricher.enrich(Parser.parse(read.extracted())), format, out);
        }
        case Extraction.Failed failed -> {
          err.println("vraagbaak: " + failed.source() + ": " + failed.reason());
          status = 1;
        }
      }
      out.flush();
    }
    return status;
  }

  private static void print(Enriched result, OutputFormat format, PrintWriter out) {
    switch (format) {
      case json -> out.println(ContractJson.pretty(result));
      case jsonl -> out.println(ContractJson.compact(result));
      case md -> out.print(Markdown.of(result));
    }
  }
}
