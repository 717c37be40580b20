package nl.vraagbaak.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Creating and migrating the database (Flyway, db/migration). Only the holder of the writer lock migrates, so
 * a reader that finds the database missing or old takes the lock for the moment it migrates, or waits for the
 * writer that holds it (the writer migrates when it opens).
 */
final class Schema {

  /** The schema number the code expects; each migration that changes it updates meta.schema. */
  static final int CURRENT = 3;

  private static final long WAIT_FOR_WRITER_MILLIS = 30_000;

  private Schema() {}

  static String url(Path database) {
    return "jdbc:sqlite:" + database.toAbsolutePath();
  }

  /** Connection settings shared by every connection: WAL lets readers read while one writer writes. */
  static SQLiteConfig config(boolean write) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(30_000);
    config.enforceForeignKeys(true);
    if (write) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // NORMAL in WAL mode loses no committed transaction when the process dies, only on power loss.
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      // Index pages touched by every document stay in memory between transactions (negative: KiB).
      config.setCacheSize(-32 * 1024);
      // Checkpoint every ~40 MB of log instead of every 4 MB: fewer copies of hot index pages.
      config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "10000");
    }
    return config;
  }

  /** Refuses a file that is not an SQLite database, before SQLite or Flyway say so in many lines. */
  static void checkIsDatabase(Path database) {
    if (!Files.isRegularFile(database)) {
      return;
    }
    byte[] header = new byte[16];
    int read;
    try (java.io.InputStream in = Files.newInputStream(database)) {
      read = in.readNBytes(header, 0, header.length);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + database + ": " + e.getMessage(), e);
    }
    if (read > 0 && !new String(header, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
      throw new IllegalStateException(database + " is not a vraagbaak library (not an SQLite database); use another --data directory");
    }
  }

  /** Migrates the database to the newest schema; the caller holds the writer lock. */
  static void migrate(Path database) {
    SQLiteDataSource source = new SQLiteDataSource(config(true));
    source.setUrl(url(database));
    Flyway.configure(Schema.class.getClassLoader())
        .dataSource(source)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  /** Makes sure a reader finds the current schema: migrates under the writer lock or waits for the writer. */
  static void ensureCurrent(Path dir, Path database) {
    long deadline = System.currentTimeMillis() + WAIT_FOR_WRITER_MILLIS;
    while (number(database) < CURRENT) {
      try (WriterLock lock = WriterLock.tryAcquire(dir)) {
        if (lock != null) {
          migrate(database);
          return;
        }
      }
      if (System.currentTimeMillis() > deadline) {
        throw new LibraryInUseException(dir, WriterLock.holder(dir));
      }
      sleep();
    }
  }

  /** The schema number of the database, 0 when it is missing or not yet created. */
  static int number(Path database) {
    if (!Files.isRegularFile(database)) {
      return 0;
    }
    try (Connection connection = DriverManager.getConnection(url(database), config(false).toProperties())) {
      String value = Sql.scalar(connection, "SELECT value FROM meta WHERE key = 'schema'");
      return value == null ? 0 : Integer.parseInt(value);
    } catch (SQLException e) {
      return 0; // no meta table yet: not created or created halfway
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the library's writer to create it", e);
    }
  }
}
