package nl.vraagbaak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/** The counts of {@link Stats}, each one GROUP BY over pairs joined with their documents. */
final class StatsQuery {

  private static final String FROM = " FROM pairs p JOIN documents d ON d.id = p.document_id";
  private static final String PARTY = "COALESCE(p.asker_party, '" + Stats.UNKNOWN + "')";
  private static final String RESPONDER = "COALESCE(d.responder, '" + Stats.UNKNOWN + "')";
  private static final String YEAR = "COALESCE(substr(d.date, 1, 4), '" + Stats.UNKNOWN + "')";
  private static final String KIND = "COALESCE(d.kind, '" + Stats.UNKNOWN + "')";
  private static final String ANSWER_KIND = "COALESCE(p.answer_kind, '" + Stats.UNKNOWN + "')";

  private StatsQuery() {}

  static Stats of(Connection c) throws SQLException {
    return new Stats(
        count(c, "SELECT count(*) FROM documents"),
        count(c, "SELECT count(*) FROM pairs"),
        count(c, "SELECT count(*) FROM unanswered"),
        byCount(counts(c, PARTY)),
        byCount(counts(c, RESPONDER)),
        counts(c, YEAR),
        byCount(counts(c, KIND)),
        byCount(counts(c, ANSWER_KIND)),
        nested(c, RESPONDER),
        nested(c, PARTY));
  }

  private static long count(Connection c, String select) throws SQLException {
    try (PreparedStatement query = c.prepareStatement(select); ResultSet row = query.executeQuery()) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  /** Pair counts per value of the expression, ordered by value. */
  private static Map<String, Long> counts(Connection c, String expression) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement query = c.prepareStatement(
            "SELECT " + expression + " AS k, count(*)" + FROM + " GROUP BY k ORDER BY k");
        ResultSet row = query.executeQuery()) {
      while (row.next()) {
        counts.put(row.getString(1), row.getLong(2));
      }
    }
    return counts;
  }

  /** Answer kinds per value of the expression; outer map ordered by total, inner by count. */
  private static Map<String, Map<String, Long>> nested(Connection c, String expression) throws SQLException {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    try (PreparedStatement query = c.prepareStatement(
            "SELECT " + expression + " AS k, " + ANSWER_KIND + " AS a, count(*)" + FROM + " GROUP BY k, a ORDER BY k, a");
        ResultSet row = query.executeQuery()) {
      while (row.next()) {
        counts.computeIfAbsent(row.getString(1), k -> new LinkedHashMap<>()).put(row.getString(2), row.getLong(3));
      }
    }
    List<Entry<String, Map<String, Long>>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> Long.compare(total(b.getValue()), total(a.getValue())));
    Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
    for (Entry<String, Map<String, Long>> entry : entries) {
      ordered.put(entry.getKey(), byCount(entry.getValue()));
    }
    return ordered;
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The same counts ordered largest first (ties keep their order). */
  private static Map<String, Long> byCount(Map<String, Long> counts) {
    List<Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (Entry<String, Long> entry : entries) {
      ordered.put(entry.getKey(), entry.getValue());
    }
    return ordered;
  }
}
