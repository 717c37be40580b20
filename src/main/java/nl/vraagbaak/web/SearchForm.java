package nl.vraagbaak.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vraagbaak.search.SearchRequest;

/**
 * A search as the URL carries it: the same parameters for the page and the API, so every result page
 * is a shareable link. Reading it checks every value (400 for what makes no sense).
 */
record SearchForm(
    String q, String party, String member, String kind, String committee, String responder,
    String from, String to, String sort, int limit, int offset) {

  static final int PAGE_SIZE = 10;
  static final List<String> SORTS = List.of("relevance", "date");
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s{2,}|[\\t\\n\\r\\f]");

  static SearchForm read(Context ctx) {
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw WebError.badRequest("'from' " + from + " is after 'to' " + to + "; send from ≤ to");
    }
    String kind = Params.text(ctx, "kind");
    return new SearchForm(
        words(Params.text(ctx, "q")), nz(Params.text(ctx, "party")), nz(Params.text(ctx, "member")), nz(kind),
        nz(Params.text(ctx, "committee")), nz(Params.text(ctx, "responder")),
        from == null ? "" : from.toString(), to == null ? "" : to.toString(),
        Params.choice(ctx, "sort", "relevance", SORTS), Params.limit(ctx, PAGE_SIZE), Params.offset(ctx));
  }

  SearchRequest request() {
    return new SearchRequest(q, blank(party), blank(member), blank(kind), blank(from), blank(to),
        blank(committee), blank(responder), limit, offset,
        sort.equals("date") ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE);
  }

  boolean hasFilters() {
    return !(party.isEmpty() && member.isEmpty() && kind.isEmpty() && committee.isEmpty() && responder.isEmpty()
        && from.isEmpty() && to.isEmpty());
  }

  boolean isEmpty() {
    return q.isEmpty() && !hasFilters();
  }

  /** This search with one parameter changed (and paging back to the start unless it is the offset). */
  SearchForm with(String name, String value) {
    Map<String, String> values = values();
    values.put(name, value == null ? "" : value);
    if (!name.equals("offset")) {
      values.put("offset", "0");
    }
    return new SearchForm(values.get("q"), values.get("party"), values.get("member"), values.get("kind"),
        values.get("committee"), values.get("responder"), values.get("from"), values.get("to"), values.get("sort"),
        Integer.parseInt(values.get("limit")), Integer.parseInt(values.get("offset")));
  }

  /** The page's URL: only parameters that differ from the defaults, in a fixed order. */
  String href() {
    StringBuilder url = new StringBuilder("/");
    char sep = '?';
    for (Map.Entry<String, String> e : values().entrySet()) {
      String value = e.getValue();
      boolean isDefault = value.isEmpty()
          || e.getKey().equals("sort") && value.equals("relevance")
          || e.getKey().equals("offset") && value.equals("0")
          || e.getKey().equals("limit") && value.equals(String.valueOf(PAGE_SIZE));
      if (!isDefault) {
        url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    return url.toString();
  }

  private Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("q", q);
    values.put("party", party);
    values.put("member", member);
    values.put("kind", kind);
    values.put("committee", committee);
    values.put("responder", responder);
    values.put("from", from);
    values.put("to", to);
    values.put("sort", sort);
    values.put("offset", String.valueOf(offset));
    values.put("limit", String.valueOf(limit));
    return values;
  }

  /** The query with runs of white space as one space: "NAVO  Rusland" is the same search, cached once. */
  private static String words(String value) {
    return value == null ? "" : WHITE_SPACE.matcher(value).replaceAll(" ");
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }

  private static String blank(String value) {
    return value.isEmpty() ? null : value;
  }
}
