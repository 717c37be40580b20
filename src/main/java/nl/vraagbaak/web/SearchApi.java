package nl.vraagbaak.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vraagbaak.search.BadQuery;
import nl.vraagbaak.search.Hit;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.search.SearchOutcome;
import nl.vraagbaak.search.SearchResult;
import nl.vraagbaak.search.SimilarResult;

/** {@code /api/search} and {@code /api/similar}: the JSON of the search and similar commands. */
final class SearchApi {

  private final PairIndex index;
  private final SearchCache cache;
  private final SimilarFinder finder;

  SearchApi(PairIndex index, SearchCache cache, SimilarFinder finder) {
    this.index = index;
    this.cache = cache;
    this.finder = finder;
  }

  void search(Context ctx) throws java.io.IOException {
    SearchForm form = SearchForm.read(ctx);
    cache.get(ctx, form, () -> search(index, form)).body(SearchCache.Kind.JSON, SearchApi::json).send(ctx);
  }

  void similar(Context ctx) {
    String pair = Params.text(ctx, "pair");
    String text = Params.text(ctx, "text");
    int limit = Params.limit(ctx, 10);
    if ((pair == null) == (text == null)) {
      throw WebError.badRequest("send exactly one of 'pair' (a pair id, e.g. 3f2a9c0d1e2b4a5c.12) or 'text' (a question)");
    }
    SimilarResult result;
    if (pair != null) {
      String id = Params.pairId(pair);
      result = finder.toPair(id, limit)
          .orElseThrow(() -> WebError.notFound("no pair " + id + " in this library; send an id that /api/search returns"));
    } else {
      result = finder.toText(text, limit);
    }
    ctx.json(Map.of("results", List.of(result)));
  }

  private static Body json(SearchResult result) {
    try {
      return Body.json(WebJson.MAPPER.writeValueAsBytes(result));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a search result as JSON: " + e.getMessage(), e);
    }
  }

  /** Runs a search; a query the index cannot understand is a 400 with its explanation. */
  static SearchResult search(PairIndex index, SearchForm form) {
    SearchOutcome outcome = index.search(form.request());
    return switch (outcome) {
      case BadQuery bad -> throw WebError.badRequest(bad.message());
      case SearchResult result -> safe(result);
    };
  }

  /** The result with every highlight rebuilt by {@link Html#fromIndex}: nothing of the index is trusted as HTML. */
  private static SearchResult safe(SearchResult result) {
    List<Hit> hits = result.hits().stream().map(hit -> {
      Map<String, String> highlights = new LinkedHashMap<>();
      hit.highlights().forEach((field, snippet) -> highlights.put(field, Html.fromIndex(snippet)));
      return new Hit(hit.score(), hit.document(), hit.pair(), highlights);
    }).toList();
    return new SearchResult(result.query(), result.total(), hits, result.facets(), result.estimated());
  }
}
