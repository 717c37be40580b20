package nl.vraagbaak.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.vraagbaak.enrich.Commitment;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Reference;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.parse.Asker;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Location;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.Unanswered;

/**
 * Writes documents into the tables, inside the caller's transaction. Long-lived: it keeps one prepared statement per
 * table for the writer connection (preparing them again for every document cost a tenth of the store's time), and
 * the {@link AnswerHashes} that spare most pairs the query for earlier answers with the same fingerprint. After a
 * failed transaction the caller closes it (statements may hold half a batch) and starts a new one.
 */
final class DocumentWriter implements AutoCloseable {

  /** At most this many earlier pairs are named in a pair's reusedFrom (the oldest ones). */
  static final int MAX_REUSED_FROM = 20;

  private final Connection connection;
  private final Function<String, String> fingerprint;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private AnswerHashes answerHashes;

  DocumentWriter(Connection connection, Function<String, String> fingerprint) {
    this.connection = connection;
    this.fingerprint = fingerprint;
  }

  /**
   * Replaces the document (if stored) by this one; returns it as stored, with its new version. Its pairs are
   * counted into {@code counts}, which the caller writes once per transaction.
   */
  Stored write(Enriched enriched, String parserVersion, Counts counts) throws SQLException {
    return write(enriched, parserVersion, counts, true);
  }

  /** As {@link #write} without the counts table: what schemas before 3 stored (the migration test needs it). */
  Stored writeRows(Enriched enriched, String parserVersion) throws SQLException {
    return write(enriched, parserVersion, new Counts(), false);
  }

  private Stored write(Enriched enriched, String parserVersion, Counts counts, boolean count) throws SQLException {
    Document document = enriched.document();
    long version = nextVersion();
    Long first = firstVersion(document.id());
    long firstVersion = first == null ? version : first;
    if (first != null) {
      if (count) {
        counts.subtractStored(connection, new DocumentReader(connection).documentFacts(document.id()).orElseThrow());
      }
      PreparedStatement delete = statement("DELETE FROM documents WHERE id = ?");
      delete.setString(1, document.id());
      delete.executeUpdate();
    }
    List<String> hashes = new ArrayList<>();
    Enriched stored = withReuse(enriched, firstVersion, hashes);
    insertDocument(document, version, firstVersion, parserVersion, stored.pairs().size());
    insertPairs(document.id(), stored.pairs(), hashes);
    insertUnanswered(document.id(), stored.unanswered());
    insertIssues(document.id(), stored.issues());
    if (count) {
      counts.add(stored);
    }
    return new Stored(stored, version);
  }

  /** The statement for this SQL, prepared once per writer. */
  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  @Override
  public void close() {
    for (PreparedStatement statement : statements.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        // the connection is closing or gone; nothing left to release
      }
    }
    statements.clear();
  }

  private Long firstVersion(String documentId) throws SQLException {
    PreparedStatement query = statement("SELECT first_version FROM documents WHERE id = ?");
    query.setString(1, documentId);
    try (ResultSet row = query.executeQuery()) {
      return row.next() ? row.getLong(1) : null;
    }
  }

  /** The hash stored for an answer's fingerprint, or null when the answer is too short to count as reused. */
  String answerHash(String answer) {
    if (answer == null || answer.length() <= Library.REUSE_MIN_ANSWER_LENGTH) {
      return null;
    }
    return hash(fingerprint.apply(answer));
  }

  static String hash(String fingerprint) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(fingerprint.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private long nextVersion() throws SQLException {
    long version;
    try (ResultSet row = statement("SELECT value FROM meta WHERE key = 'next_version'").executeQuery()) {
      row.next();
      version = Long.parseLong(row.getString(1));
    }
    PreparedStatement update = statement("UPDATE meta SET value = ? WHERE key = 'next_version'");
    update.setString(1, Long.toString(version + 1));
    update.executeUpdate();
    return version;
  }

  /** The document with each pair's reusedFrom completed by earlier pairs of the same answer fingerprint. */
  private Enriched withReuse(Enriched enriched, long firstVersion, List<String> hashes) throws SQLException {
    Map<String, List<String>> earlierInDocument = new HashMap<>();
    List<EnrichedPair> pairs = new ArrayList<>();
    AnswerHashes known = answerHashes();
    for (EnrichedPair pair : enriched.pairs()) {
      String hash = answerHash(pair.pair().answer());
      hashes.add(hash);
      if (hash == null) {
        pairs.add(pair);
        continue;
      }
      LinkedHashSet<String> from = new LinkedHashSet<>(pair.enrichment().reusedFrom());
      int added = known.mightContain(hash) ? addEarlier(hash, firstVersion, from) : 0;
      List<String> sameDocument = earlierInDocument.computeIfAbsent(hash, h -> new ArrayList<>());
      for (int i = 0; i < sameDocument.size() && added < MAX_REUSED_FROM; i++) {
        added += from.add(sameDocument.get(i)) ? 1 : 0;
      }
      sameDocument.add(pair.pair().id());
      List<String> reusedFrom = List.copyOf(from);
      pairs.add(reusedFrom.equals(pair.enrichment().reusedFrom())
          ? pair
          : new EnrichedPair(pair.pair(), pair.enrichment().withReusedFrom(reusedFrom)));
    }
    return new Enriched(enriched.document(), pairs, enriched.unanswered(), enriched.issues());
  }

  /** Adds the stored pairs of earlier documents whose answer has this hash; returns how many were new. */
  private int addEarlier(String hash, long firstVersion, LinkedHashSet<String> from) throws SQLException {
    PreparedStatement earlier = statement("SELECT p.id FROM pairs p JOIN documents d ON d.id = p.document_id"
        + " WHERE p.answer_fingerprint = ? AND d.first_version < ? ORDER BY d.first_version, p.ordinal LIMIT ?");
    earlier.setString(1, hash);
    earlier.setLong(2, firstVersion);
    earlier.setInt(3, MAX_REUSED_FROM);
    int added = 0;
    try (ResultSet rows = earlier.executeQuery()) {
      while (rows.next()) {
        added += from.add(rows.getString(1)) ? 1 : 0;
      }
    }
    return added;
  }

  /** The hashes of the stored answers, read once per writer. */
  private AnswerHashes answerHashes() throws SQLException {
    if (answerHashes == null) {
      AnswerHashes loaded = new AnswerHashes();
      try (PreparedStatement query = connection.prepareStatement(
              "SELECT answer_fingerprint FROM pairs WHERE answer_fingerprint IS NOT NULL");
          ResultSet row = query.executeQuery()) {
        while (row.next()) {
          loaded.add(row.getString(1));
        }
      }
      answerHashes = loaded;
    }
    return answerHashes;
  }

  private void insertDocument(Document document, long version, long firstVersion, String parserVersion, int pairCount)
      throws SQLException {
    PreparedStatement insert = statement(
    "INSERT INTO documents (id, version, first_version, parser_version, source, format, kind, title, date,"
        + " committee, responder, reference, pair_count, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.setString(1, document.id());
    insert.setLong(2, version);
    insert.setLong(3, firstVersion);
    insert.setString(4, parserVersion);
    insert.setString(5, document.source());
    insert.setString(6, document.format());
    insert.setString(7, document.kind());
    insert.setString(8, document.title());
    insert.setString(9, document.date());
    insert.setString(10, document.committee());
    insert.setString(11, document.responder());
    insert.setString(12, document.reference());
    insert.setInt(13, pairCount);
    insert.setString(14, Instant.now().toString());
    insert.executeUpdate();
  }

  private void insertPairs(String documentId, List<EnrichedPair> pairs, List<String> hashes) throws SQLException {
    PreparedStatement pairRows = statement(
        "INSERT INTO pairs (id, document_id, ordinal, numbers, label, has_asker, asker_party, asker_text, topic,"
            + " question, answer, refers_to, has_location, start_line, end_line, page, answer_kind,"
            + " answer_kind_evidence, answer_fingerprint, refers_to_pairs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    PreparedStatement members = statement(
        "INSERT INTO pair_members (pair_id, document_id, position, name) VALUES (?, ?, ?, ?)");
    PreparedStatement footnotes = statement(
        "INSERT INTO footnotes (pair_id, document_id, position, text) VALUES (?, ?, ?, ?)");
    PreparedStatement references = statement(
        "INSERT INTO pair_references (pair_id, document_id, position, ref_id, text, url) VALUES (?, ?, ?, ?, ?, ?)");
    PreparedStatement commitments = statement(
        "INSERT INTO commitments (pair_id, document_id, position, text, responder, deadline, condition)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    PreparedStatement reused = statement(
        "INSERT INTO reused (pair_id, document_id, position, from_pair_id) VALUES (?, ?, ?, ?)");
    for (int i = 0; i < pairs.size(); i++) {
      EnrichedPair enriched = pairs.get(i);
      Pair pair = enriched.pair();
      Asker asker = pair.asker();
      Location location = pair.location();
      pairRows.setString(1, pair.id());
      pairRows.setString(2, documentId);
      pairRows.setInt(3, pair.ordinal());
      pairRows.setString(4, Sql.numbers(pair.numbers()));
      pairRows.setString(5, pair.label());
      pairRows.setInt(6, asker == null ? 0 : 1);
      pairRows.setString(7, asker == null ? null : asker.party());
      pairRows.setString(8, asker == null ? null : asker.text());
      pairRows.setString(9, pair.topic());
      pairRows.setString(10, pair.question());
      pairRows.setString(11, pair.answer());
      pairRows.setString(12, Sql.numbers(pair.refersTo()));
      pairRows.setInt(13, location == null ? 0 : 1);
      Sql.setInteger(pairRows, 14, location == null ? null : location.startLine());
      Sql.setInteger(pairRows, 15, location == null ? null : location.endLine());
      Sql.setInteger(pairRows, 16, location == null ? null : location.page());
      pairRows.setString(17, enriched.enrichment().answerKind() == null ? null : enriched.enrichment().answerKind().label());
      pairRows.setString(18, enriched.enrichment().answerKindEvidence());
      pairRows.setString(19, hashes.get(i));
      if (hashes.get(i) != null && answerHashes != null) {
        answerHashes.add(hashes.get(i));
      }
      pairRows.setString(20, String.join(",", enriched.enrichment().refersToPairs()));
      pairRows.addBatch();
      List<String> names = asker == null ? List.of() : asker.members();
      for (int m = 0; m < names.size(); m++) {
        child(members, pair.id(), documentId, m).setString(4, names.get(m));
        members.addBatch();
      }
      for (int f = 0; f < pair.footnotes().size(); f++) {
        child(footnotes, pair.id(), documentId, f).setString(4, pair.footnotes().get(f));
        footnotes.addBatch();
      }
      List<Reference> refs = enriched.enrichment().references();
      for (int r = 0; r < refs.size(); r++) {
        child(references, pair.id(), documentId, r).setString(4, refs.get(r).id());
        references.setString(5, refs.get(r).text());
        references.setString(6, refs.get(r).url());
        references.addBatch();
      }
      List<Commitment> promises = enriched.enrichment().commitments();
      for (int c = 0; c < promises.size(); c++) {
        child(commitments, pair.id(), documentId, c).setString(4, promises.get(c).text());
        commitments.setString(5, promises.get(c).responder());
        commitments.setString(6, promises.get(c).deadline());
        commitments.setString(7, promises.get(c).condition());
        commitments.addBatch();
      }
      List<String> from = enriched.enrichment().reusedFrom();
      for (int u = 0; u < from.size(); u++) {
        child(reused, pair.id(), documentId, u).setString(4, from.get(u));
        reused.addBatch();
      }
    }
    pairRows.executeBatch();
    members.executeBatch();
    footnotes.executeBatch();
    references.executeBatch();
    commitments.executeBatch();
    reused.executeBatch();
  }

  private static PreparedStatement child(PreparedStatement statement, String pairId, String documentId, int position)
      throws SQLException {
    statement.setString(1, pairId);
    statement.setString(2, documentId);
    statement.setInt(3, position);
    return statement;
  }

  private void insertUnanswered(String documentId, List<Unanswered> unanswered) throws SQLException {
    PreparedStatement rows = statement(
        "INSERT INTO unanswered (document_id, position, has_asker, asker_party, asker_text, question, has_location,"
            + " start_line, end_line, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    PreparedStatement members = statement(
        "INSERT INTO unanswered_members (document_id, unanswered, position, name) VALUES (?, ?, ?, ?)");
    for (int i = 0; i < unanswered.size(); i++) {
      Unanswered question = unanswered.get(i);
      Asker asker = question.asker();
      Location location = question.location();
      rows.setString(1, documentId);
      rows.setInt(2, i);
      rows.setInt(3, asker == null ? 0 : 1);
      rows.setString(4, asker == null ? null : asker.party());
      rows.setString(5, asker == null ? null : asker.text());
      rows.setString(6, question.question());
      rows.setInt(7, location == null ? 0 : 1);
      Sql.setInteger(rows, 8, location == null ? null : location.startLine());
      Sql.setInteger(rows, 9, location == null ? null : location.endLine());
      Sql.setInteger(rows, 10, location == null ? null : location.page());
      rows.addBatch();
      List<String> names = asker == null ? List.of() : asker.members();
      for (int m = 0; m < names.size(); m++) {
        members.setString(1, documentId);
        members.setInt(2, i);
        members.setInt(3, m);
        members.setString(4, names.get(m));
        members.addBatch();
      }
    }
    rows.executeBatch();
    members.executeBatch();
  }

  private void insertIssues(String documentId, List<Issue> issues) throws SQLException {
    PreparedStatement rows = statement(
    "INSERT INTO issues (document_id, position, severity, message, line) VALUES (?, ?, ?, ?, ?)");
    for (int i = 0; i < issues.size(); i++) {
      rows.setString(1, documentId);
      rows.setInt(2, i);
      rows.setString(3, issues.get(i).severity());
      rows.setString(4, issues.get(i).message());
      rows.setInt(5, issues.get(i).line());
      rows.addBatch();
    }
    rows.executeBatch();
  }
}
