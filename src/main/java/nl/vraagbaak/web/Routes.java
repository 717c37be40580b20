package nl.vraagbaak.web;

import io.javalin.config.RoutesConfig;
import java.util.HashMap;
import java.util.Map;

/** The pages and endpoints, wired to their handlers in one place. */
final class Routes {

  private final WebOptions options;
  private final Templates templates;
  private final Errors errors;

  Routes(WebOptions options, Templates templates, Errors errors) {
    this.options = options;
    this.templates = templates;
    this.errors = errors;
  }

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> ctx.html(templates.render("search", page("Zoeken"))));
  }

  private Map<String, Object> page(String title) {
    Map<String, Object> model = new HashMap<>();
    model.put("pageTitle", title);
    model.put("writable", options.writable());
    return model;
  }
}
