package nl.vraagbaak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vraagbaak.enrich.AnswerKind;
import nl.vraagbaak.enrich.Commitment;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enrichment;
import nl.vraagbaak.enrich.Reference;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.parse.Asker;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Location;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.Unanswered;

/** Reads documents and pairs back into the exact values that were stored: one query per table. */
final class DocumentReader {

  private static final String DOCUMENT_COLUMNS =
      "d.id, d.source, d.format, d.kind, d.title, d.date, d.committee, d.responder, d.reference";

  private final Connection connection;

  DocumentReader(Connection connection) {
    this.connection = connection;
  }

  Optional<Enriched> document(String documentId) throws SQLException {
    Optional<Document> document = documentFacts(documentId);
    if (document.isEmpty()) {
      return Optional.empty();
    }
    List<EnrichedPair> pairs = pairs("p.document_id = ?", "document_id = ?", documentId);
    return Optional.of(new Enriched(document.get(), pairs, unanswered(documentId), issues(documentId)));
  }

  Optional<StoredPair> pair(String pairId) throws SQLException {
    List<EnrichedPair> pairs = pairs("p.id = ?", "pair_id = ?", pairId);
    if (pairs.isEmpty()) {
      return Optional.empty();
    }
    String documentId = Sql.scalar(connection, "SELECT document_id FROM pairs WHERE id = ?", pairId);
    return documentFacts(documentId).map(document -> new StoredPair(document, pairs.get(0)));
  }

  Optional<Document> documentFacts(String documentId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT " + DOCUMENT_COLUMNS + " FROM documents d WHERE d.id = ?")) {
      query.setString(1, documentId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(document(row)) : Optional.empty();
      }
    }
  }

  static Document document(ResultSet row) throws SQLException {
    return new Document(
        row.getString("id"),
        row.getString("source"),
        row.getString("format"),
        row.getString("kind"),
        row.getString("title"),
        row.getString("date"),
        row.getString("committee"),
        row.getString("responder"),
        row.getString("reference"));
  }

  /** The pairs matching the where clauses (one on pairs p, one on the child tables), in ordinal order. */
  private List<EnrichedPair> pairs(String pairWhere, String childWhere, String key) throws SQLException {
    Map<String, List<String>> members = strings("SELECT pair_id, name FROM pair_members WHERE " + childWhere, key);
    Map<String, List<String>> footnotes = strings("SELECT pair_id, text FROM footnotes WHERE " + childWhere, key);
    Map<String, List<String>> reused = strings("SELECT pair_id, from_pair_id FROM reused WHERE " + childWhere, key);
    Map<String, List<Reference>> references = new HashMap<>();
    try (ResultSet row = query("SELECT pair_id, ref_id, text, url FROM pair_references WHERE " + childWhere, key)) {
      while (row.next()) {
        references.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
            .add(new Reference(row.getString(2), row.getString(3), row.getString(4)));
      }
    }
    Map<String, List<Commitment>> commitments = new HashMap<>();
    try (ResultSet row = query(
        "SELECT pair_id, text, responder, deadline, condition FROM commitments WHERE " + childWhere, key)) {
      while (row.next()) {
        commitments.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
            .add(new Commitment(row.getString(2), row.getString(3), row.getString(4), row.getString(5)));
      }
    }
    List<EnrichedPair> pairs = new ArrayList<>();
    try (ResultSet row = query("SELECT * FROM pairs p WHERE " + pairWhere + " ORDER BY p.ordinal", key)) {
      while (row.next()) {
        String id = row.getString("id");
        Asker asker = row.getInt("has_asker") == 0
            ? null
            : new Asker(row.getString("asker_party"), members.getOrDefault(id, List.of()), row.getString("asker_text"));
        Pair pair = new Pair(
            id,
            row.getInt("ordinal"),
            Sql.numbers(row.getString("numbers")),
            row.getString("label"),
            asker,
            row.getString("topic"),
            row.getString("question"),
            row.getString("answer"),
            Sql.numbers(row.getString("refers_to")),
            footnotes.getOrDefault(id, List.of()),
            location(row));
        String kind = row.getString("answer_kind");
        Enrichment enrichment = new Enrichment(
            references.getOrDefault(id, List.of()),
            kind == null ? null : AnswerKind.of(kind),
            row.getString("answer_kind_evidence"),
            commitments.getOrDefault(id, List.of()),
            reused.getOrDefault(id, List.of()),
            row.getString("refers_to_pairs").isEmpty() ? List.of() : List.of(row.getString("refers_to_pairs").split(",")));
        pairs.add(new EnrichedPair(pair, enrichment));
      }
    }
    return pairs;
  }

  private List<Unanswered> unanswered(String documentId) throws SQLException {
    Map<String, List<String>> members = strings(
        "SELECT unanswered, name FROM unanswered_members WHERE document_id = ?", documentId);
    List<Unanswered> questions = new ArrayList<>();
    try (ResultSet row = query("SELECT * FROM unanswered WHERE document_id = ? ORDER BY position", documentId)) {
      while (row.next()) {
        Asker asker = row.getInt("has_asker") == 0
            ? null
            : new Asker(row.getString("asker_party"), members.getOrDefault(row.getString("position"), List.of()),
                row.getString("asker_text"));
        questions.add(new Unanswered(asker, row.getString("question"), location(row)));
      }
    }
    return questions;
  }

  private List<Issue> issues(String documentId) throws SQLException {
    List<Issue> issues = new ArrayList<>();
    try (ResultSet row = query(
        "SELECT severity, message, line FROM issues WHERE document_id = ? ORDER BY position", documentId)) {
      while (row.next()) {
        issues.add(new Issue(row.getString(1), row.getString(2), row.getInt(3)));
      }
    }
    return issues;
  }

  private static Location location(ResultSet row) throws SQLException {
    if (row.getInt("has_location") == 0) {
      return null;
    }
    return new Location(row.getInt("start_line"), row.getInt("end_line"), Sql.getInteger(row, "page"));
  }

  /** Two-column rows grouped by the first column, in position order. */
  private Map<String, List<String>> strings(String select, String key) throws SQLException {
    Map<String, List<String>> values = new HashMap<>();
    try (ResultSet row = query(select + " ORDER BY 1, position", key)) {
      while (row.next()) {
        values.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
      }
    }
    return values;
  }

  /** A one-parameter query whose result set closes its statement. */
  private ResultSet query(String select, String key) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(select);
    statement.closeOnCompletion();
    statement.setString(1, key);
    return statement.executeQuery();
  }
}
