package nl.vraagbaak.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Parser;
import nl.vraagbaak.search.Embeddings;
import nl.vraagbaak.search.HybridSimilarity;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.search.SimilarResult;
import nl.vraagbaak.store.Library;
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

  @Mixin EmbeddingModelOption embedding;

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
    Embeddings model = null;
    if (embedding.given() && (model = embedding.load(err)) == null) {
      return 2;
    }
    Path library = SearchCommand.existingLibrary(data);
    List<SimilarResult> results;
    try (PairIndex index = PairIndex.openForReading(PairIndex.in(library))) {
      if (model == null) {
        results = find(lexical(index), library, err);
      } else {
        try (Library stored = Library.open(library);
            HybridSimilarity hybrid = HybridSimilarity.open(index, model, HybridSimilarity.vectorsIn(library))) {
          syncVectors(hybrid, stored, model, err);
          results = find(hybrid(hybrid), library, err);
        }
      }
    }
    if (results == null) {
      return 1;
    }
    if (format == SearchCommand.Listing.json) {
      out.println(Json.pretty(new Results(results)));
    } else {
      printText(results, out);
    }
    out.flush();
    return 0;
  }

  /** The three ways of looking, by BM25 alone or fused with vectors. */
  private interface Finder {
    Optional<SimilarResult> toPair(String pairId, int limit);

    SimilarResult toText(String text, int limit);

    List<SimilarResult> toQuestions(Enriched document, int limit);
  }

  private static Finder lexical(PairIndex index) {
    return new Finder() {
      @Override
      public Optional<SimilarResult> toPair(String pairId, int limit) { return index.similarToPair(pairId, limit); }

      @Override
      public SimilarResult toText(String text, int limit) { return index.similarToText(text, limit); }

      @Override
      public List<SimilarResult> toQuestions(Enriched document, int limit) { return index.similarToQuestions(document, limit); }
    };
  }

  private static Finder hybrid(HybridSimilarity hybrid) {
    return new Finder() {
      @Override
      public Optional<SimilarResult> toPair(String pairId, int limit) { return hybrid.similarToPair(pairId, limit); }

      @Override
      public SimilarResult toText(String text, int limit) { return hybrid.similarToText(text, limit); }

      @Override
      public List<SimilarResult> toQuestions(Enriched document, int limit) { return hybrid.similarToQuestions(document, limit); }
    };
  }

  /** The results, or null after printing why there are none. */
  private List<SimilarResult> find(Finder finder, Path library, PrintWriter err) {
    if (source.pair != null) {
      Optional<SimilarResult> result = finder.toPair(source.pair, limit);
      if (result.isEmpty()) {
        err.println("vraagbaak: no pair " + source.pair + " in " + library + "; pair ids look like 3f2a9c0d1e2b4a5c.12");
        return null;
      }
      return List.of(result.get());
    }
    if (source.text != null) {
      return List.of(finder.toText(source.text, limit));
    }
    return switch (Extraction.of(source.file)) {
      case Extraction.Failed failed -> {
        err.println("vraagbaak: " + failed.source() + ": " + failed.reason());
        yield null;
      }
      case Extraction.Read read -> finder.toQuestions(Enricher.enrich(Parser.parse(read.extracted())), limit);
    };
  }

  /** Embeds the questions the vectors lack (all of them, the first time a model is used on a library). */
  static void syncVectors(HybridSimilarity hybrid, Library library, Embeddings model, PrintWriter err) {
    if (!hybrid.writable()) {
      err.println("vraagbaak: another process is updating the vectors of " + model.describe() + "; using those stored so far");
      return;
    }
    HybridSimilarity.Synced synced = hybrid.sync(library, line -> {
      err.println("vraagbaak: " + line);
      err.flush();
    });
    if (synced.documents() > 0 || synced.removed() > 0) {
      err.printf(java.util.Locale.ROOT, "vraagbaak: embedded %d questions of %d documents with %s%n", synced.questions(), synced.documents(), model.describe());
    }
    err.flush();
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
