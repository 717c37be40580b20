package nl.vraagbaak.web;

import java.util.HashMap;
import java.util.Map;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.Stats;

/** What every handler needs: the library, the templates and the server's options. */
final class Site {

  final WebOptions options;
  final Library library;
  final PairIndex index;
  final Templates templates;
  final Auth auth;
  /** Library counts for the pages; refreshed in the background (a million pairs take a while to count). */
  final Cached<Stats> stats;
  final Cached<java.util.List<nl.vraagbaak.store.StoredCommitment>> commitments;

  Site(WebOptions options, Library library, PairIndex index, Templates templates) {
    this.options = options;
    this.library = library;
    this.index = index;
    this.templates = templates;
    this.auth = new Auth(options.token());
    this.stats = new Cached<>(library::stats);
    this.commitments = new Cached<>(library::commitments);
  }

  /** The library changed (an upload): counts are computed afresh on the next request. */
  void changed() {
    stats.invalidate();
    commitments.invalidate();
  }

  /** The model every page starts from. */
  Map<String, Object> page(String title, String nav) {
    Map<String, Object> model = new HashMap<>();
    model.put("pageTitle", title);
    model.put("nav", nav);
    model.put("writable", options.writable());
    return model;
  }

  String render(String template, Map<String, Object> model) {
    return templates.render(template, model);
  }
}
