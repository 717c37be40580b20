package nl.vraagbaak.web;

import io.javalin.http.Context;
import java.util.Map;
import nl.vraagbaak.store.Stats;

/** The search page. */
final class SearchPage {

  private final Site site;

  SearchPage(Site site) {
    this.site = site;
  }

  void show(Context ctx) {
    Map<String, Object> model = site.page("Zoeken", "zoeken");
    Stats stats = site.library.stats();
    model.put("pairCount", stats.pairs());
    model.put("documentCount", stats.documents());
    model.put("form", Map.of("q", "", "sort", "relevance"));
    ctx.html(site.render("search", model));
  }
}
