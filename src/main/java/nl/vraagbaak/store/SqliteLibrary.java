package nl.vraagbaak.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enriched;

/** The library in one SQLite file. Reads use a small pool of connections; writes one connection under the lock. */
final class SqliteLibrary implements Library {

  private static final int IDLE_READERS = 4;

  private final Path dir;
  private final Path database;
  private final Function<String, String> fingerprint;
  private final WriterLock lock;
  private final Connection writer;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
  /** The writer connection's statements, kept between transactions; guarded by {@code writer}. */
  private DocumentWriter documentWriter;
  private volatile boolean closed;

  private SqliteLibrary(Path dir, Function<String, String> fingerprint, WriterLock lock, Connection writer) {
    this.dir = dir;
    this.database = dir.resolve(DATABASE_FILE);
    this.fingerprint = fingerprint;
    this.lock = lock;
    this.writer = writer;
  }

  static Library open(Path dir, Function<String, String> fingerprint, boolean writing) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the library directory " + dir + ": " + e.getMessage(), e);
    }
    Path database = dir.resolve(DATABASE_FILE);
    Schema.checkIsDatabase(database);
    if (!writing) {
      Schema.ensureCurrent(dir, database);
      return new SqliteLibrary(dir, fingerprint, null, null);
    }
    WriterLock lock = WriterLock.acquire(dir);
    try {
      if (Schema.number(database) < Schema.CURRENT) {
        Schema.migrate(database); // Flyway takes a second to start: only when there is something to do
      }
      Connection writer = DriverManager.getConnection(Schema.url(database), Schema.config(true).toProperties());
      writer.setAutoCommit(false);
      return new SqliteLibrary(dir, fingerprint, lock, writer);
    } catch (SQLException | RuntimeException e) {
      lock.close();
      throw e instanceof RuntimeException r ? r : failure(dir, "open", (SQLException) e);
    }
  }

  @Override
  public Path dir() {
    return dir;
  }

  @Override
  public Stored store(Enriched document, String parserVersion) {
    return storeAll(List.of(document), parserVersion).get(0);
  }

  @Override
  public List<Stored> storeAll(List<Enriched> documents, String parserVersion) {
    if (writer == null) {
      throw new IllegalStateException("library " + dir + " was opened for reading; use Library.openForWriting to store");
    }
    synchronized (writer) {
      checkOpen();
      try {
        if (documentWriter == null) {
          documentWriter = new DocumentWriter(writer, fingerprint);
        }
        Counts counts = new Counts();
        List<Stored> stored = new ArrayList<>(documents.size());
        for (Enriched document : documents) {
          stored.add(documentWriter.write(document, parserVersion, counts));
        }
        counts.write(writer);
        writer.commit();
        return stored;
      } catch (SQLException | RuntimeException e) {
        closeDocumentWriter(); // its statements may hold half a batch
        rollback();
        if (e instanceof RuntimeException r) {
          throw r;
        }
        throw failure("store " + documents.size() + " documents in", (SQLException) e);
      }
    }
  }

  @Override
  public boolean isCurrent(String documentId, String parserVersion) {
    return read(c -> parserVersion.equals(
        Sql.scalar(c, "SELECT parser_version FROM documents WHERE id = ?", documentId)));
  }

  @Override
  public Optional<Enriched> document(String documentId) {
    return read(c -> new DocumentReader(c).document(documentId));
  }

  @Override
  public Optional<StoredPair> pair(String pairId) {
    return read(c -> new DocumentReader(c).pair(pairId));
  }

  @Override
  public void forEachPair(Consumer<StoredPair> each) {
    forEachDocument(document -> {
      for (EnrichedPair pair : document.pairs()) {
        each.accept(new StoredPair(document.document(), pair));
      }
    });
  }

  @Override
  public void forEachDocument(Consumer<Enriched> each) {
    read(c -> {
      DocumentReader reader = new DocumentReader(c);
      try (PreparedStatement ids = c.prepareStatement("SELECT id FROM documents ORDER BY first_version");
          ResultSet row = ids.executeQuery()) {
        while (row.next()) {
          reader.document(row.getString(1)).ifPresent(each);
        }
      }
      return null;
    });
  }

  @Override
  public Map<String, Long> documentVersions() {
    return read(c -> {
      Map<String, Long> versions = new LinkedHashMap<>();
      try (PreparedStatement query = c.prepareStatement("SELECT id, version FROM documents ORDER BY version");
          ResultSet row = query.executeQuery()) {
        while (row.next()) {
          versions.put(row.getString(1), row.getLong(2));
        }
      }
      return versions;
    });
  }

  @Override
  public Stats stats() {
    return read(StatsQuery::of);
  }

  @Override
  public List<StoredPair> citing(String referenceId, int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must not be negative");
    }
    return read(c -> {
      List<StoredPair> pairs = new ArrayList<>();
      DocumentReader reader = new DocumentReader(c);
      List<String> ids = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement("SELECT DISTINCT r.pair_id FROM pair_references r JOIN documents d ON d.id = r.document_id"
          + " JOIN pairs p ON p.id = r.pair_id WHERE r.ref_id = ? ORDER BY d.date, d.first_version, p.ordinal LIMIT ? OFFSET ?")) {
        query.setString(1, referenceId);
        query.setInt(2, limit);
        query.setInt(3, offset);
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            ids.add(row.getString(1));
          }
        }
      }
      for (String id : ids) {
        reader.pair(id).ifPresent(pairs::add);
      }
      return pairs;
    });
  }

  @Override
  public int citingCount(String referenceId) {
    return read(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT count(DISTINCT pair_id) FROM pair_references WHERE ref_id = ?")) {
        query.setString(1, referenceId);
        try (ResultSet row = query.executeQuery()) {
          return row.next() ? row.getInt(1) : 0;
        }
      }
    });
  }

  @Override
  public List<StoredCommitment> commitments() {
    return read(c -> {
      List<StoredCommitment> commitments = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement(
              "SELECT c.pair_id, c.document_id, d.date, c.text, c.responder, c.deadline, c.condition FROM commitments c"
                  + " JOIN documents d ON d.id = c.document_id JOIN pairs p ON p.id = c.pair_id"
                  + " ORDER BY d.date, d.first_version, p.ordinal, c.position");
          ResultSet row = query.executeQuery()) {
        while (row.next()) {
          commitments.add(new StoredCommitment(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
              row.getString(5), row.getString(6), row.getString(7)));
        }
      }
      return commitments;
    });
  }

  @Override
  public List<String> pairsWithAnswerFingerprint(String fingerprint) {
    return read(c -> ids(c, "SELECT p.id FROM pairs p JOIN documents d ON d.id = p.document_id"
        + " WHERE p.answer_fingerprint = ? ORDER BY d.first_version, p.ordinal", DocumentWriter.hash(fingerprint)));
  }

  private static List<String> ids(Connection c, String select, String key) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement query = c.prepareStatement(select)) {
      query.setString(1, key);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          ids.add(row.getString(1));
        }
      }
    }
    return ids;
  }

  /** Runs reads in one read transaction, so that they see one consistent state even while a writer commits. */
  private <T> T read(Sql.Work<T> work) {
    checkOpen();
    Connection connection = borrow();
    try {
      connection.setAutoCommit(false);
      try {
        return work.run(connection);
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      discard(connection);
      connection = null;
      throw failure("read", e);
    } finally {
      if (connection != null) {
        giveBack(connection);
      }
    }
  }

  private Connection borrow() {
    Connection connection = idle.poll();
    if (connection != null) {
      return connection;
    }
    try {
      return DriverManager.getConnection(Schema.url(database), Schema.config(false).toProperties());
    } catch (SQLException e) {
      throw failure("open a connection to", e);
    }
  }

  private void giveBack(Connection connection) {
    if (closed || idle.size() >= IDLE_READERS) {
      discard(connection);
    } else {
      idle.offer(connection);
    }
  }

  private static void discard(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // already unusable
    }
  }

  private void closeDocumentWriter() {
    if (documentWriter != null) {
      documentWriter.close();
      documentWriter = null;
    }
  }

  private void rollback() {
    try {
      writer.rollback();
    } catch (SQLException e) {
      // the transaction is gone either way
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("library " + dir + " is closed");
    }
  }

  private IllegalStateException failure(String action, SQLException e) {
    return failure(dir, action, e);
  }

  private static IllegalStateException failure(Path dir, String action, SQLException e) {
    return new IllegalStateException("cannot " + action + " library " + dir + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
      discard(connection);
    }
    if (writer != null) {
      synchronized (writer) {
        closeDocumentWriter();
        rollback();
        discard(writer);
      }
      lock.close();
    }
  }
}
