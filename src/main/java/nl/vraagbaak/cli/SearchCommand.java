package nl.vraagbaak.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.vraagbaak.search.BadQuery;
import nl.vraagbaak.search.Hit;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.search.SearchOutcome;
import nl.vraagbaak.search.SearchRequest;
import nl.vraagbaak.search.SearchResult;
import nl.vraagbaak.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vraagbaak search}: pairs of the library matching a query, best first, with facets. */
@Command(name = "search", description = "Search the library's question/answer pairs.")
final class SearchCommand implements Callable<Integer> {

  /** How library commands print: readable text or the contract's JSON. */
  enum Listing {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Mixin DataDir data;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Listing format;

  @Option(names = "--party", paramLabel = "P") String party;
  @Option(names = "--member", paramLabel = "M") String member;
  @Option(names = "--kind", paramLabel = "K") String kind;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD") String from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD") String to;
  @Option(names = "--committee", paramLabel = "C") String committee;
  @Option(names = "--responder", paramLabel = "R") String responder;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date (default: ${DEFAULT-VALUE})")
  String sort;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N") int limit;
  @Option(names = "--offset", defaultValue = "0", paramLabel = "N") int offset;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "words, \"phrases\", AND/OR/NOT, prefix*; empty for every pair")
  String query;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 0 || offset < 0) {
      err.println("vraagbaak: --limit and --offset must not be negative");
      return 2;
    }
    SearchRequest.Order order;
    switch (sort) {
      case "relevance" -> order = SearchRequest.Order.RELEVANCE;
      case "date" -> order = SearchRequest.Order.DATE;
      default -> {
        err.println("vraagbaak: --sort '" + sort + "' is unknown; use relevance or date");
        return 2;
      }
    }
    Path library = existingLibrary(data);
    SearchRequest request = new SearchRequest(query, party, member, kind, from, to, committee, responder, limit, offset, order);
    SearchOutcome outcome;
    try (PairIndex index = PairIndex.openForReading(PairIndex.in(library))) {
      outcome = index.search(request);
    }
    switch (outcome) {
      case BadQuery bad -> {
        err.println("vraagbaak: " + bad.message());
        return 2;
      }
      case SearchResult result -> {
        if (format == Listing.json) {
          out.println(Json.pretty(result));
        } else {
          printText(result, out);
        }
      }
    }
    out.flush();
    return 0;
  }

  /** The library directory; a missing library is a user error that says how to create one. */
  static Path existingLibrary(DataDir data) {
    Path library = data.path();
    if (!Files.isRegularFile(library.resolve(Library.DATABASE_FILE))) {
      throw new UserError("no library in " + library + "; create one with 'vraagbaak ingest --data " + library + " FILE...'");
    }
    return library;
  }

  private void printText(SearchResult result, PrintWriter out) {
    out.println((result.estimated() ? "about " : "") + result.total() + (result.total() == 1 ? " pair" : " pairs") + (result.query().isBlank() ? "" : " for '" + result.query() + "'"));
    result.facets().forEach((dimension, counts) -> {
      if (!counts.isEmpty()) {
        out.println("  " + dimension + ": " + facetLine(counts));
      }
    });
    int rank = offset;
    for (Hit hit : result.hits()) {
      rank++;
      out.println();
      out.println(rank + ". " + Texts.heading(hit.document(), hit.pair().pair()) + String.format(java.util.Locale.ROOT, "  (score %.2f)", hit.score()));
      out.println("   Q: " + Texts.plain(hit.highlights().get("question")));
      out.println("   A: " + Texts.plain(hit.highlights().get("answer")));
    }
  }

  private static String facetLine(Map<String, Long> counts) {
    return counts.entrySet().stream().limit(12).map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }
}
