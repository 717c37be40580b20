package nl.vraagbaak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.parse.Document;

/**
 * The counts table: pairs per party, responder, year and kind, each split by answer kind, kept up to date inside
 * every store transaction (a replaced document's pairs are subtracted, the new ones added).
 */
final class Counts {

  static final String PARTY = "party";
  static final String RESPONDER = "responder";
  static final String YEAR = "year";
  static final String KIND = "kind";

  private record Key(String dimension, String key, String answerKind) {}

  private final Map<Key, Long> changes = new HashMap<>();

  /** Counts a new document's pairs in. */
  void add(Enriched enriched) {
    for (EnrichedPair pair : enriched.pairs()) {
      String party = pair.pair().asker() == null ? null : pair.pair().asker().party();
      String answerKind = pair.enrichment().answerKind() == null ? null : pair.enrichment().answerKind().label();
      change(enriched.document(), party, answerKind, 1);
    }
  }

  /** Counts a stored document's pairs out (call before deleting it). */
  void subtractStored(Connection connection, Document document) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT asker_party, answer_kind, count(*) FROM pairs WHERE document_id = ? GROUP BY 1, 2")) {
      query.setString(1, document.id());
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          change(document, row.getString(1), row.getString(2), -row.getLong(3));
        }
      }
    }
  }

  private void change(Document document, String party, String answerKind, long pairs) {
    String kind = known(answerKind);
    changes.merge(new Key(PARTY, known(party), kind), pairs, Long::sum);
    changes.merge(new Key(RESPONDER, known(document.responder()), kind), pairs, Long::sum);
    changes.merge(new Key(YEAR, known(document.date() == null ? null : document.date().substring(0, Math.min(4, document.date().length()))), kind), pairs, Long::sum);
    changes.merge(new Key(KIND, known(document.kind()), kind), pairs, Long::sum);
  }

  private static String known(String value) {
    return value == null ? Stats.UNKNOWN : value;
  }

  /** Writes the changes collected so far. */
  void write(Connection connection) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(
        "INSERT INTO counts (dimension, key, answer_kind, pairs) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (dimension, key, answer_kind) DO UPDATE SET pairs = pairs + excluded.pairs")) {
      for (Map.Entry<Key, Long> change : changes.entrySet()) {
        if (change.getValue() != 0) {
          upsert.setString(1, change.getKey().dimension());
          upsert.setString(2, change.getKey().key());
          upsert.setString(3, change.getKey().answerKind());
          upsert.setLong(4, change.getValue());
          upsert.addBatch();
        }
      }
      upsert.executeBatch();
    }
    try (PreparedStatement empty = connection.prepareStatement("DELETE FROM counts WHERE pairs <= 0")) {
      empty.executeUpdate();
    }
    changes.clear();
  }

  /** dimension → key → answer kind → pairs, from the counts table. */
  static Map<String, Map<String, Map<String, Long>>> read(Connection connection) throws SQLException {
    Map<String, Map<String, Map<String, Long>>> counts = new HashMap<>();
    for (String dimension : List.of(PARTY, RESPONDER, YEAR, KIND)) {
      counts.put(dimension, new HashMap<>());
    }
    try (PreparedStatement query = connection.prepareStatement("SELECT dimension, key, answer_kind, pairs FROM counts");
        ResultSet row = query.executeQuery()) {
      while (row.next()) {
        counts.computeIfAbsent(row.getString(1), d -> new HashMap<>())
            .computeIfAbsent(row.getString(2), k -> new HashMap<>())
            .put(row.getString(3), row.getLong(4));
      }
    }
    return counts;
  }
}
