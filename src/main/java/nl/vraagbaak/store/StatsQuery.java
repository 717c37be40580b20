package nl.vraagbaak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;

/** {@link Stats} from the counts table (kept up to date by every store) and two row counts. */
final class StatsQuery {

  private StatsQuery() {}

  static Stats of(Connection c) throws SQLException {
    Map<String, Map<String, Map<String, Long>>> counts = Counts.read(c);
    Map<String, Map<String, Long>> parties = counts.get(Counts.PARTY);
    Map<String, Long> answerKinds = new TreeMap<>();
    parties.values().forEach(kinds -> kinds.forEach((kind, n) -> answerKinds.merge(kind, n, Long::sum)));
    return new Stats(
        count(c, "SELECT count(*) FROM documents"),
        answerKinds.values().stream().mapToLong(Long::longValue).sum(),
        count(c, "SELECT count(*) FROM unanswered"),
        byCount(totals(parties)),
        byCount(totals(counts.get(Counts.RESPONDER))),
        new TreeMap<>(totals(counts.get(Counts.YEAR))),
        byCount(totals(counts.get(Counts.KIND))),
        byCount(answerKinds),
        nested(counts.get(Counts.RESPONDER)),
        nested(parties));
  }

  private static long count(Connection c, String select) throws SQLException {
    try (PreparedStatement query = c.prepareStatement(select); ResultSet row = query.executeQuery()) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  private static Map<String, Long> totals(Map<String, Map<String, Long>> byKey) {
    Map<String, Long> totals = new TreeMap<>();
    byKey.forEach((key, kinds) -> totals.put(key, total(kinds)));
    return totals;
  }

  /** Answer kinds per key; keys ordered by their total, kinds by count. */
  private static Map<String, Map<String, Long>> nested(Map<String, Map<String, Long>> byKey) {
    Map<String, Long> order = byCount(totals(byKey));
    Map<String, Map<String, Long>> nested = new LinkedHashMap<>();
    order.keySet().forEach(key -> nested.put(key, byCount(new TreeMap<>(byKey.get(key)))));
    return nested;
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The same counts ordered largest first, ties by key. */
  private static Map<String, Long> byCount(Map<String, Long> counts) {
    List<Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Entry.comparingByKey()));
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (Entry<String, Long> entry : entries) {
      ordered.put(entry.getKey(), entry.getValue());
    }
    return ordered;
  }
}
