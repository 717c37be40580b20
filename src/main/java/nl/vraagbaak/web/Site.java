package nl.vraagbaak.web;

import java.util.HashMap;
import java.util.Map;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.store.Library;

/** What every handler needs: the library, the templates and the server's options. */
final class Site {

  final WebOptions options;
  final Library library;
  final PairIndex index;
  final Templates templates;
  final Auth auth;

  Site(WebOptions options, Library library, PairIndex index, Templates templates) {
    this.options = options;
    this.library = library;
    this.index = index;
    this.templates = templates;
    this.auth = new Auth(options.token());
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
