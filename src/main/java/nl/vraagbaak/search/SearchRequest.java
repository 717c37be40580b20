package nl.vraagbaak.search;

/**
 * One search: the query text (words, "phrases", AND/OR/NOT, prefix*, empty for everything) and filters;
 * a null filter does not filter. Dates are YYYY-MM-DD, inclusive.
 */
public record SearchRequest(
    String query,
    String party,
    String member,
    String kind,
    String from,
    String to,
    String committee,
    String responder,
    int limit,
    int offset,
    Order order) {

  /** Best match first, or newest first. */
  public enum Order {
    RELEVANCE,
    DATE
  }

  public SearchRequest {
    query = query == null ? "" : query;
    order = order == null ? Order.RELEVANCE : order;
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit " + limit + " and offset " + offset + " must not be negative");
    }
  }

  /** A query without filters, the first {@code limit} hits by relevance. */
  public static SearchRequest of(String query, int limit) {
    return new SearchRequest(query, null, null, null, null, null, null, null, limit, 0, Order.RELEVANCE);
  }

  public SearchRequest withParty(String value) {
    return new SearchRequest(query, value, member, kind, from, to, committee, responder, limit, offset, order);
  }
}
