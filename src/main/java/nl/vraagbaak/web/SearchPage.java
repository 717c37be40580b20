package nl.vraagbaak.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vraagbaak.search.Hit;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.search.SearchResult;
import nl.vraagbaak.store.Stats;

/** The search page: query box, filters, facet counts that narrow, highlighted hits, paging and sorting. */
final class SearchPage {

  private static final int FACET_VALUES = 12;
  private static final List<String> EXAMPLES = List.of("Groenland", "NAVO", "\"5%-norm\"", "Oekraïne munitie", "sancties Rusland");

  /** One value of a facet with its count and the link that adds or removes it. */
  record FacetValue(String value, long count, String href, boolean active) {}

  record FacetGroup(String label, List<FacetValue> values) {}

  record Chip(String label, String href) {}

  record HitView(String pairId, String title, String asker, String date, String documentId, String documentTitle,
      String answerKind, String answerKindLabel, String question, String answer) {}

  private final Site site;
  private final PairIndex index;
  private final Cached<SearchResult> everything;
  /** The home page: the same for everyone, re-rendered when the counts it shows are refreshed. */
  private final Cached<Body> home;

  private final SearchCache cache;

  SearchPage(Site site, PairIndex index, SearchCache cache) {
    this.site = site;
    this.index = index;
    this.cache = cache;
    this.everything = new Cached<>(() -> SearchApi.search(index, emptyForm()));
    this.home = new Cached<>(() -> Body.html(render(emptyForm(), everything.get())));
  }

  void changed() {
    everything.invalidate();
    home.invalidate();
  }

  /** The home page, computed now if the library changed since it was last. */
  Body home() {
    return home.get();
  }

  void show(Context ctx) throws java.io.IOException {
    SearchForm form = SearchForm.read(ctx);
    Body body = form.isEmpty() ? home.get()
        : cache.get(ctx, form, () -> SearchApi.search(index, form)).body(SearchCache.Kind.HTML, result -> Body.html(render(form, result)));
    body.send(ctx);
  }

  /** Runs the searches a visitor is offered first (the examples, each party), so that their first visitor need not wait. */
  void warm(List<SearchForm> forms, java.util.function.BooleanSupplier stop) {
    for (SearchForm form : forms) {
      if (stop.getAsBoolean()) {
        return;
      }
      try {
        cache.get(form, () -> SearchApi.search(index, form), false).body(SearchCache.Kind.HTML, result -> Body.html(render(form, result)));
      } catch (RuntimeException e) {
        System.err.println("vraagbaak serve: warming the search for " + form.href() + " failed: " + e);
      }
    }
  }

  /** The newest pair of the library, if any. */
  java.util.Optional<Hit> firstHit() {
    return everything.get().hits().stream().findFirst();
  }

  /** The searches linked from the home page: the examples and one per party facet. */
  List<SearchForm> offered() {
    List<SearchForm> forms = new ArrayList<>();
    SearchForm start = emptyForm().with("limit", String.valueOf(SearchForm.PAGE_SIZE));
    EXAMPLES.forEach(q -> forms.add(start.with("q", q)));
    everything.get().facets().getOrDefault("party", Map.of()).keySet().stream().limit(FACET_VALUES)
        .forEach(party -> forms.add(start.with("party", party)));
    return forms;
  }

  private String render(SearchForm form, SearchResult result) {
    Map<String, Object> model = site.page(form.q().isEmpty() ? "Zoeken" : form.q() + " · Zoeken", "zoeken");
    model.put("form", form);
    model.put("kinds", Labels.KINDS.entrySet().stream().map(e -> new Views.Choice(e.getKey(), e.getValue())).toList());
    model.put("searched", !form.isEmpty());
    model.put("facets", facets(form, result.facets()));
    model.put("partyOptions", everything.get().facets().getOrDefault("party", Map.of()).keySet());
    model.put("chips", chips(form));
    if (form.isEmpty()) {
      Stats s = site.stats.get();
      model.put("pairCount", s.pairs());
      model.put("documentCount", s.documents());
      model.put("examples", EXAMPLES.stream().map(q -> new Views.Link("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), q, null)).toList());
    } else {
      model.put("total", result.total());
      model.put("estimated", result.estimated());
      model.put("hits", result.hits().stream().map(SearchPage::view).toList());
      model.put("first", Math.min(result.total(), form.offset() + 1));
      model.put("last", Math.min(result.total(), (long) form.offset() + result.hits().size()));
      model.put("sortRelevance", form.with("sort", "relevance").href());
      model.put("sortDate", form.with("sort", "date").href());
      if (form.offset() > 0) {
        model.put("prevPage", form.with("offset", String.valueOf(Math.max(0, form.offset() - form.limit()))).href());
      }
      if (form.offset() + form.limit() < result.total() && form.offset() + form.limit() <= Params.MAX_OFFSET) {
        model.put("nextPage", form.with("offset", String.valueOf(form.offset() + form.limit())).href());
      }
    }
    return site.render("search", model);
  }

  private static HitView view(Hit hit) {
    var pair = hit.pair().pair();
    String kind = Pages.answerKind(hit.pair());
    String question = hit.highlights().getOrDefault("question", "");
    String answer = hit.highlights().getOrDefault("answer", "");
    // highlights are safe HTML already (SearchApi.safe); the template's highlight filter re-checks them
    return new HitView(pair.id(), Labels.pairTitle(pair) + (pair.topic() == null ? "" : " · " + pair.topic()),
        Labels.asker(pair.asker()), hit.document().date(), hit.document().id(), Labels.documentTitle(hit.document()),
        kind, Labels.answerKind(kind),
        question.isEmpty() ? Html.escape(Labels.excerpt(pair.question(), 300)) : question,
        answer.isEmpty() ? Html.escape(Labels.excerpt(pair.answer(), 300)) : answer);
  }

  private static List<FacetGroup> facets(SearchForm form, Map<String, Map<String, Long>> facets) {
    List<FacetGroup> groups = new ArrayList<>();
    groups.add(group("Partij", facets.get("party"), value -> value.equalsIgnoreCase(form.party()),
        value -> form.with("party", value.equalsIgnoreCase(form.party()) ? "" : value).href(), v -> v));
    groups.add(group("Jaar", sortedDescending(facets.get("year")),
        value -> form.from().equals(value + "-01-01") && form.to().equals(value + "-12-31"),
        value -> form.from().equals(value + "-01-01") && form.to().equals(value + "-12-31")
            ? form.with("from", "").with("to", "").href()
            : form.with("from", value + "-01-01").with("to", value + "-12-31").href(), v -> v));
    groups.add(group("Soort document", facets.get("kind"), value -> value.equals(form.kind()),
        value -> form.with("kind", value.equals(form.kind()) ? "" : value).href(), Labels::kind));
    return groups.stream().filter(g -> !g.values().isEmpty()).toList();
  }

  private static FacetGroup group(String label, Map<String, Long> counts, java.util.function.Predicate<String> active,
      java.util.function.Function<String, String> href, java.util.function.Function<String, String> name) {
    List<FacetValue> values = new ArrayList<>();
    if (counts != null) {
      counts.entrySet().stream().limit(FACET_VALUES)
          .forEach(e -> values.add(new FacetValue(name.apply(e.getKey()), e.getValue(), href.apply(e.getKey()), active.test(e.getKey()))));
    }
    return new FacetGroup(label, values);
  }

  private static Map<String, Long> sortedDescending(Map<String, Long> years) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    if (years != null) {
      years.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByKey().reversed())
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    }
    return sorted;
  }

  private static List<Chip> chips(SearchForm form) {
    List<Chip> chips = new ArrayList<>();
    chip(chips, form, "party", "Partij", form.party());
    chip(chips, form, "member", "Kamerlid", form.member());
    if (!form.kind().isEmpty()) {
      chips.add(new Chip("Soort: " + Labels.kind(form.kind()), form.with("kind", "").href()));
    }
    chip(chips, form, "committee", "Commissie", form.committee());
    chip(chips, form, "responder", "Beantwoord door", form.responder());
    chip(chips, form, "from", "Vanaf", form.from());
    chip(chips, form, "to", "Tot en met", form.to());
    return chips;
  }

  private static void chip(List<Chip> chips, SearchForm form, String name, String label, String value) {
    if (!value.isEmpty()) {
      chips.add(new Chip(label + ": " + value, form.with(name, "").href()));
    }
  }

  private static SearchForm emptyForm() {
    return new SearchForm("", "", "", "", "", "", "", "", "relevance", 1, 0);
  }
}
