package nl.vraagbaak.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Parser;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.search.SimilarResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vraagbaak similar}: the earlier pairs that ask what a pair, a text or each question of a file asks. */
@Command(name = "similar", description = "Find earlier pairs that ask the same as a pair, a text, or every question of a file.")
final class SimilarCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataDir data;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  SearchCommand.Listing format;

  @Option(names = "--limit", defaultValue = "5", paramLabel = "N") int limit;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--pair", paramLabel = "PAIR-ID", description = "a pair of the library") String pair;
    @Option(names = "--text", paramLabel = "TEXT", description = "a question as text") String text;
    @Parameters(paramLabel = "FILE", description = "a document whose every question (answered or not) is looked for") Path file;
  }

  /** The JSON of {@code similar --format json}. */
  record Results(List<SimilarResult> results) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 0) {
      err.println("vraagbaak: --limit must not be negative");
      return 2;
    }
    Path library = SearchCommand.existingLibrary(data);
    List<SimilarResult> results;
    try (PairIndex index = PairIndex.openForReading(PairIndex.in(library))) {
      if (source.pair != null) {
        Optional<SimilarResult> result = index.similarToPair(source.pair, limit);
        if (result.isEmpty()) {
          err.println("vraagbaak: no pair " + source.pair + " in " + library + "; pair ids look like 3f2a9c0d1e2b4a5c.12");
          return 1;
        }
        results = List.of(result.get());
      } else if (source.text != null) {
        results = List.of(index.similarToText(source.text, limit));
      } else {
        switch (Extraction.of(source.file)) {
          case Extraction.Failed failed -> {
            err.println("vraagbaak: " + failed.source() + ": " + failed.reason());
            return 1;
          }
          case Extraction.Read read -> results = index.similarToQuestions(Enricher.enrich(Parser.parse(read.extracted())), limit);
        }
      }
    }
    if (format == SearchCommand.Listing.json) {
      out.println(Json.pretty(new Results(results)));
    } else {
      printText(results, out);
    }
    out.flush();
    return 0;
  }

  private static void printText(List<SimilarResult> results, PrintWriter out) {
    for (SimilarResult result : results) {
      out.println((result.pair() == null ? "" : result.pair() + ": ") + Texts.abbreviate(result.question()));
      if (result.similar().isEmpty()) {
        out.println("   (nothing similar)");
      }
      int rank = 0;
      for (SimilarResult.Similar similar : result.similar()) {
        rank++;
        out.println(String.format(java.util.Locale.ROOT, "  %d. %s  (score %.2f)", rank, Texts.heading(similar.document(), similar.pair().pair()), similar.score()));
        out.println("     Q: " + Texts.abbreviate(similar.pair().pair().question()));
        out.println("     A: " + Texts.abbreviate(similar.pair().pair().answer()));
      }
      out.println();
    }
  }
}
