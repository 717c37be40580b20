package nl.vraagbaak.search;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The baseline the benchmarks compare with: SQLite FTS5 over the same pairs (unicode61 tokenizer with
 * accents removed, BM25 with the question weighing twice the answer), queried with the question's words
 * OR'ed together. Used by benchmarks only.
 */
public final class Fts5Baseline implements AutoCloseable {

  private final Connection connection;
  private final PreparedStatement insert;
  private final PreparedStatement query;
  private int pending;

  public Fts5Baseline(Path file) throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode=OFF");
      statement.execute("PRAGMA synchronous=OFF");
      statement.execute("CREATE VIRTUAL TABLE IF NOT EXISTS pairs USING fts5(id UNINDEXED, question, answer, tokenize = 'unicode61 remove_diacritics 2')");
    }
    connection.setAutoCommit(false);
    insert = connection.prepareStatement("INSERT INTO pairs(id, question, answer) VALUES (?, ?, ?)");
    query = connection.prepareStatement("SELECT id FROM pairs WHERE pairs MATCH ? ORDER BY bm25(pairs, 0.0, 2.0, 1.0) LIMIT ?");
  }

  public void add(String id, String question, String answer) throws SQLException {
    insert.setString(1, id);
    insert.setString(2, question);
    insert.setString(3, answer);
    insert.executeUpdate();
    if (++pending % 10_000 == 0) {
      connection.commit();
    }
  }

  public void commit() throws SQLException {
    connection.commit();
  }

  /** Pair ids best first for the words of a text, leaving out {@code exclude}. */
  public List<String> search(String text, String exclude, int depth) throws SQLException {
    String match = matchOf(text);
    if (match.isEmpty()) {
      return List.of();
    }
    query.setString(1, match);
    query.setInt(2, depth + 1);
    List<String> ids = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        String id = rows.getString(1);
        if (!id.equals(exclude) && ids.size() < depth) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** Pair ids best first for an FTS5 match expression as given. */
  public List<String> searchMatch(String match, int depth) throws SQLException {
    query.setString(1, match);
    query.setInt(2, depth);
    List<String> ids = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  /** Each distinct word (3+ letters) quoted, OR'ed: FTS5's own syntax never sees the user's punctuation. */
  static String matchOf(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3) {
        words.add("\"" + word + "\"");
      }
    }
    return String.join(" OR ", words);
  }

  @Override
  public void close() throws SQLException {
    connection.commit();
    connection.close();
  }
}
