package nl.vraagbaak.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Reference;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.store.Stats;
import nl.vraagbaak.store.StoredCommitment;
import nl.vraagbaak.store.StoredPair;

/** The HTML pages other than search and ingest: a pair, a document, the overview and the commitments. */
final class Pages {

  private static final int MAX_CITED_BY = 10;
  private static final int COMMITMENTS_PAGE = 100;

  private final Site site;
  private final Similarity similarity;
  /** The same for everyone: rendered again only when the counts it draws are refreshed (or the library changed). */
  private final Cached<Body> overview;
  private final PageCache recent = new PageCache();

  Pages(Site site, Similarity similarity) {
    this.site = site;
    this.similarity = similarity;
    this.overview = new Cached<>(this::overviewPage);
  }

  void changed() {
    overview.invalidate();
    recent.clear();
  }

  /**
   * Renders the overview and the pages of one pair and its document once, so that their templates are compiled and
   * their code is warm before the first visitor.
   */
  void warm(String pairId, String documentId) {
    overview.get();
    pairPage(pairId);
    documentPage(documentId);
  }

  void pair(Context ctx) throws IOException {
    String id = Params.pairId(ctx.pathParam("pairId"));
    recent.get("/pairs/" + id, () -> Body.html(pairPage(id))).send(ctx);
  }

  String pairPage(String id) {
    StoredPair stored = site.library.pair(id)
        .orElseThrow(() -> WebError.notFound("er is geen vraag met kenmerk " + id + " in deze bibliotheek"));
    Document doc = stored.document();
    EnrichedPair enriched = stored.pair();
    Pair pair = enriched.pair();
    List<EnrichedPair> siblings = site.library.document(doc.id()).map(Enriched::pairs).orElse(List.of());

    Map<String, Object> model = site.page(Labels.pairTitle(pair) + " · " + Labels.documentTitle(doc), "zoeken");
    model.put("doc", doc);
    model.put("p", pair);
    model.put("e", enriched.enrichment());
    model.put("title", Labels.pairTitle(pair));
    model.put("asker", Labels.asker(pair.asker()));
    model.put("documentTitle", Labels.documentTitle(doc));
    model.put("kindLabel", Labels.kind(doc.kind()));
    model.put("sourceName", doc.source() == null ? "" : Labels.fileName(doc.source()));
    String answerKind = answerKind(enriched);
    model.put("answerKind", answerKind);
    model.put("answerKindLabel", Labels.answerKind(answerKind));
    model.put("footnotes", pair.footnotes().stream().map(f -> new Views.Footnote(f, footnoteUrl(f, enriched))).toList());
    model.put("refersTo", refersTo(pair, siblings));
    model.put("pointedBy", pointedBy(pair, siblings));
    model.put("references", references(pair.id(), enriched));
    model.put("reusedFrom", reusedFrom(enriched));
    model.put("similar", similarity.toPair(pair.id(), 5));
    neighbours(pair, siblings, model);
    return site.render("pair", model);
  }

  void document(Context ctx) throws IOException {
    String id = Params.documentId(ctx.pathParam("documentId"));
    recent.get("/documents/" + id, () -> Body.html(documentPage(id))).send(ctx);
  }

  String documentPage(String id) {
    Enriched enriched = site.library.document(id)
        .orElseThrow(() -> WebError.notFound("er is geen document met kenmerk " + id + " in deze bibliotheek"));
    Document doc = enriched.document();
    Map<String, Object> model = site.page(Labels.documentTitle(doc), "zoeken");
    model.put("doc", doc);
    model.put("documentTitle", Labels.documentTitle(doc));
    model.put("kindLabel", Labels.kind(doc.kind()));
    model.put("sourceName", doc.source() == null ? "" : Labels.fileName(doc.source()));
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (EnrichedPair p : enriched.pairs()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("p", p.pair());
      item.put("title", Labels.pairTitle(p.pair()));
      item.put("asker", Labels.asker(p.pair().asker()));
      String kind = answerKind(p);
      item.put("answerKind", kind);
      item.put("answerKindLabel", Labels.answerKind(kind));
      pairs.add(item);
    }
    model.put("pairs", pairs);
    model.put("toc", tableOfContents(enriched.pairs()));
    model.put("unanswered", enriched.unanswered().stream()
        .map(u -> new Views.UnansweredItem(Labels.asker(u.asker()), u.question())).toList());
    model.put("issues", enriched.issues());
    return site.render("document", model);
  }

  void documentCsv(Context ctx) throws IOException {
    String id = Params.documentId(ctx.pathParam("documentId"));
    Enriched enriched = site.library.document(id)
        .orElseThrow(() -> WebError.notFound("er is geen document met kenmerk " + id + " in deze bibliotheek"));
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"");
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
      out.write('\uFEFF'); // spreadsheets read UTF-8 with accents correctly only after a byte order mark
      Csv.write(enriched.document(), enriched.pairs(), out);
    }
  }

  void overview(Context ctx) throws IOException {
    overview.get().send(ctx);
  }

  private Body overviewPage() {
    Stats stats = site.stats.get();
    Map<String, Object> model = site.page("Overzicht", "overzicht");
    model.put("stats", stats);
    model.put("commitmentCount", site.commitments.get().size());
    model.put("perParty", Charts.bars(stats.perParty(), "party", 16));
    model.put("perYear", Charts.bars(stats.perYear(), null, 30));
    model.put("perResponder", Charts.bars(stats.perResponder(), "responder", 12));
    model.put("perKind", Charts.bars(relabel(stats.perKind()), null, 8));
    List<String> kinds = new ArrayList<>(Labels.ANSWER_KINDS.keySet());
    model.put("answerKinds", Charts.stacked(stats.answerKindsPerResponder(), kinds, 12));
    model.put("kindLegend", kinds.stream().map(k -> new Views.Choice(k, Labels.answerKind(k))).toList());
    List<Views.AnswerKindRow> rows = new ArrayList<>();
    stats.answerKindsPerResponder().forEach((responder, counts) ->
        rows.add(new Views.AnswerKindRow(responder, kinds.stream().map(k -> counts.getOrDefault(k, 0L)).toList())));
    model.put("answerKindRows", rows);
    model.put("answerKindsPerParty", Charts.stacked(stats.answerKindsPerParty(), kinds, 16));
    return Body.html(site.render("overview", model));
  }

  void commitments(Context ctx) {
    String status = Params.choice(ctx, "status", "all", List.of("all", "open", "due"));
    LocalDate before = Params.date(ctx, "before");
    String responder = Params.text(ctx, "responder");
    int offset = Params.offset(ctx);
    LocalDate today = LocalDate.now();
    List<Views.CommitmentItem> items = new ArrayList<>();
    for (StoredCommitment c : site.commitments.get()) {
      LocalDate deadline = parseDate(c.deadline());
      boolean overdue = deadline != null && deadline.isBefore(today);
      if (status.equals("open") && overdue || status.equals("due") && !overdue) {
        continue;
      }
      if (before != null && (deadline == null || !deadline.isBefore(before))) {
        continue;
      }
      if (responder != null && (c.responder() == null || !c.responder().toLowerCase().contains(responder.toLowerCase()))) {
        continue;
      }
      items.add(new Views.CommitmentItem(c.pairId(), c.documentDate(), c.text(), c.responder(), c.deadline(), c.condition(), overdue));
    }
    // what is due first, then what has no date
    items.sort(java.util.Comparator.comparing(Views.CommitmentItem::deadline,
        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    Map<String, Object> model = site.page("Toezeggingen", "toezeggingen");
    model.put("total", items.size());
    model.put("items", items.subList(Math.min(offset, items.size()), Math.min(items.size(), offset + COMMITMENTS_PAGE)));
    String query = "/commitments?status=" + status + (before == null ? "" : "&before=" + before)
        + (responder == null ? "" : "&responder=" + java.net.URLEncoder.encode(responder, StandardCharsets.UTF_8));
    if (offset > 0) {
      model.put("prevPage", query + "&offset=" + Math.max(0, offset - COMMITMENTS_PAGE));
    }
    if (offset + COMMITMENTS_PAGE < items.size()) {
      model.put("nextPage", query + "&offset=" + (offset + COMMITMENTS_PAGE));
    }
    model.put("status", status);
    model.put("before", before == null ? "" : before.toString());
    model.put("responder", responder == null ? "" : responder);
    model.put("today", today.toString());
    ctx.html(site.render("commitments", model));
  }

  static String answerKind(EnrichedPair pair) {
    return pair.enrichment() == null || pair.enrichment().answerKind() == null
        ? "answered" : pair.enrichment().answerKind().label();
  }

  private static List<Views.Link> refersTo(Pair pair, List<EnrichedPair> siblings) {
    List<Views.Link> links = new ArrayList<>();
    for (Integer number : pair.refersTo()) {
      siblings.stream().map(EnrichedPair::pair)
          .filter(p -> !p.id().equals(pair.id()) && p.numbers().contains(number))
          .findFirst()
          .ifPresent(p -> links.add(link(p)));
    }
    return links.stream().distinct().toList();
  }

  private static List<Views.Link> pointedBy(Pair pair, List<EnrichedPair> siblings) {
    if (pair.numbers().isEmpty()) {
      return List.of();
    }
    return siblings.stream().map(EnrichedPair::pair)
        .filter(p -> !p.id().equals(pair.id()) && p.refersTo().stream().anyMatch(pair.numbers()::contains))
        .map(Pages::link)
        .toList();
  }

  private List<Views.Cited> references(String pairId, EnrichedPair enriched) {
    if (enriched.enrichment() == null) {
      return List.of();
    }
    List<Views.Cited> cited = new ArrayList<>();
    for (Reference reference : enriched.enrichment().references()) {
      List<Views.Link> others = site.library.citing(reference.id(), 0, MAX_CITED_BY + 1).stream()
          .filter(sp -> !sp.pair().pair().id().equals(pairId))
          .limit(MAX_CITED_BY)
          .map(sp -> new Views.Link("/pairs/" + sp.pair().pair().id(),
              Labels.pairTitle(sp.pair().pair()) + " · " + Labels.documentTitle(sp.document()), sp.document().date()))
          .toList();
      cited.add(new Views.Cited(reference.text(), safeUrl(reference.url()), others));
    }
    return cited;
  }

  private List<Views.Link> reusedFrom(EnrichedPair enriched) {
    if (enriched.enrichment() == null) {
      return List.of();
    }
    List<Views.Link> links = new ArrayList<>();
    for (String id : enriched.enrichment().reusedFrom()) {
      Optional<StoredPair> other = site.library.pair(id);
      other.ifPresent(sp -> links.add(new Views.Link("/pairs/" + id,
          Labels.pairTitle(sp.pair().pair()) + " · " + Labels.documentTitle(sp.document()), sp.document().date())));
    }
    return links;
  }

  private static void neighbours(Pair pair, List<EnrichedPair> siblings, Map<String, Object> model) {
    for (int i = 0; i < siblings.size(); i++) {
      if (siblings.get(i).pair().id().equals(pair.id())) {
        if (i > 0) {
          model.put("prevPair", link(siblings.get(i - 1).pair()));
        }
        if (i + 1 < siblings.size()) {
          model.put("nextPair", link(siblings.get(i + 1).pair()));
        }
      }
    }
  }

  /** Pairs grouped by who asked, in order of first appearance. */
  private static List<Views.Group> tableOfContents(List<EnrichedPair> pairs) {
    Map<String, List<Views.Link>> groups = new LinkedHashMap<>();
    for (EnrichedPair enriched : pairs) {
      Pair p = enriched.pair();
      String group = p.asker() != null && p.asker().party() != null ? p.asker().party() : Labels.asker(p.asker());
      String who = p.asker() != null && !p.asker().members().isEmpty() ? String.join(", ", p.asker().members()) : null;
      groups.computeIfAbsent(group, g -> new ArrayList<>())
          .add(new Views.Link("#p" + p.ordinal(), Labels.pairTitle(p),
              who != null ? who : p.topic() != null ? Labels.excerpt(p.topic(), 40) : Labels.excerpt(p.question(), 48)));
    }
    return groups.entrySet().stream().map(e -> new Views.Group(e.getKey(), e.getValue())).toList();
  }

  static Views.Link link(Pair p) {
    return new Views.Link("/pairs/" + p.id(), Labels.pairTitle(p), Labels.excerpt(p.question(), 110));
  }

  private static Map<String, Long> relabel(Map<String, Long> perKind) {
    Map<String, Long> labelled = new LinkedHashMap<>();
    perKind.forEach((kind, count) -> labelled.merge(Labels.kind(kind), count, Long::sum));
    return labelled;
  }

  /** A footnote links to the address it prints, else to the official publication of the Kamerstuk it names. */
  private static String footnoteUrl(String footnote, EnrichedPair enriched) {
    String printed = Html.firstUrl(footnote);
    if (printed != null || enriched.enrichment() == null) {
      return printed;
    }
    return enriched.enrichment().references().stream()
        .filter(r -> r.text() != null && footnote.contains(r.text()))
        .map(r -> safeUrl(r.url()))
        .filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
  }

  /** Only web addresses become links; anything else (javascript:, data:) stays text. */
  static String safeUrl(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
  }

  private static LocalDate parseDate(String date) {
    try {
      return date == null ? null : LocalDate.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
