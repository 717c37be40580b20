package nl.vraagbaak.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.enrich.Enriched;

/**
 * The library: the system of record of every stored document, its pairs and their enrichment.
 * One directory per library; the SQLite file {@code DIR/library.sqlite} is the implementation today
 * ({@code DIR/index/} belongs to the search package). An interface because a PostgreSQL one will follow.
 *
 * <p>Any number of readers may work while one writer stores; a second writer is refused with
 * {@link LibraryInUseException}. All methods are safe to call from several threads.
 */
public interface Library extends AutoCloseable {

  /** The file name of the SQLite database inside a library directory. */
  String DATABASE_FILE = "library.sqlite";

  /** Answers at most this long are never reported as reused: short answers repeat by nature ("Ja."). */
  int REUSE_MIN_ANSWER_LENGTH = 80;

  /** Opens a library for reading; creates and migrates it where it is missing or old. */
  static Library open(Path dir) {
    return SqliteLibrary.open(dir, Enricher::fingerprint, false);
  }

  /**
   * Opens a library for reading and writing; takes the library's writer lock.
   *
   * @throws LibraryInUseException when another process (or another Library in this one) is writing
   */
  static Library openForWriting(Path dir) {
    return openForWriting(dir, Enricher::fingerprint);
  }

  /**
   * As {@link #openForWriting(Path)}, with the function that reduces an answer to the fingerprint by
   * which reused answers are recognised (the same fingerprint means the same answer).
   */
  static Library openForWriting(Path dir, Function<String, String> answerFingerprint) {
    return SqliteLibrary.open(dir, answerFingerprint, true);
  }

  /** The library directory. */
  Path dir();

  /**
   * Stores a document with all its pairs, their enrichment, unanswered questions and issues, replacing an
   * earlier version of the same document id, in one transaction. Each pair's {@code reusedFrom} is
   * completed with earlier pairs (of documents stored before this one, or of a lower ordinal in this one)
   * whose answer has the same fingerprint.
   *
   * @return the document as stored (with {@code reusedFrom} completed) and its new version number
   * @throws IllegalStateException when the library was opened for reading only
   */
  Stored store(Enriched document, String parserVersion);

  /**
   * Stores several documents in one transaction, each as {@link #store} does (in list order): much faster than one
   * by one, because the index pages that every document touches are written once. All or none are stored.
   */
  List<Stored> storeAll(List<Enriched> documents, String parserVersion);

  /** As {@link #store}, returning only the new version number, which grows with every store. */
  default long put(Enriched document, String parserVersion) {
    return store(document, parserVersion).version();
  }

  /** Whether the document is stored and was parsed by this parser version (then it need not be parsed again). */
  boolean isCurrent(String documentId, String parserVersion);

  /** The stored document, exactly as it was stored. */
  Optional<Enriched> document(String documentId);

  /** One stored pair with its document's facts. */
  Optional<StoredPair> pair(String pairId);

  /** Every stored pair, document by document (in the order they were first stored), in constant memory. */
  void forEachPair(Consumer<StoredPair> each);

  /** Every stored document, in the order they were first stored, in constant memory. */
  void forEachDocument(Consumer<Enriched> each);

  /** Every stored document id with its version number (the search index reconciles with this). */
  Map<String, Long> documentVersions();

  /** Counts of documents and pairs, per party, responder, year, kind, and answer kinds. */
  Stats stats();

  /** The pairs whose references include this canonical id (e.g. "kst-36045-267"), oldest document first. */
  default List<StoredPair> citing(String referenceId) {
    return citing(referenceId, 0, Integer.MAX_VALUE);
  }

  /**
   * A page of {@link #citing(String)}: at most {@code limit} pairs after skipping {@code offset} (a motion is cited by
   * thousands of pairs in a large library, which no one reads at once).
   */
  List<StoredPair> citing(String referenceId, int offset, int limit);

  /** How many pairs {@link #citing(String)} would list. */
  int citingCount(String referenceId);

  /** Every commitment of every stored pair, in document date order. */
  List<StoredCommitment> commitments();

  /** Ids of stored pairs whose answer has this fingerprint (as computed by the library's fingerprint function). */
  List<String> pairsWithAnswerFingerprint(String fingerprint);

  /** Releases connections and, for a writer, the writer lock. */
  @Override
  void close();
}
