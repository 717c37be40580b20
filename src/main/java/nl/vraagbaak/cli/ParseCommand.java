package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = 0;
    for (Path file : files) {
      switch (Extraction.of(file)) {
        case Extraction.Read read -> print(Enricher.enrich(Parser.parse(read.extracted())), out);
        case Extraction.Failed failed -> {
          err.println("vraagbaak: " + failed.source() + ": " + failed.reason());
          status = 1;
        }
      }
      out.flush();
    }
    return status;
  }

  private void print(Enriched result, PrintWriter out) {
    switch (format) {
      case json -> out.println(Json.pretty(result));
      case jsonl -> out.println(Json.compact(result));
      case md -> out.print(Markdown.of(result));
    }
  }
}
