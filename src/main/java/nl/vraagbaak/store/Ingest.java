package nl.vraagbaak.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Parser;

/**
 * Files into the library: files are read and parsed on a small pool of threads, in file order, while the
 * calling thread stores the results one by one (SQLite has one writer). A file whose document id is stored by
 * the same parser version is not parsed again. Bad files are outcomes, not exceptions.
 */
public final class Ingest {

  /** The version stored with each document: a newer one makes ingest parse the document again. */
  public static final String PARSER_VERSION = Parser.VERSION;

  private static final int PARSE_THREADS = 2;
  /** Files parsed ahead of the writer: bounds memory while keeping both parse threads busy. */
  private static final int AHEAD = 4 * PARSE_THREADS;
  /** At most this many documents are stored in one transaction. */
  private static final int MAX_GROUP = AHEAD;

  /** What became of one file. */
  public sealed interface Outcome {
    Path file();

    /** Stored (or replaced an older parse of the same document). */
    record Added(Path file, Stored stored) implements Outcome {}

    /** Already stored by this parser version; nothing changed. */
    record Unchanged(Path file, String documentId) implements Outcome {}

    /** Could not be read or parsed; {@code reason} is one line of plain words. */
    record Failed(Path file, String reason) implements Outcome {}
  }

  private final Library library;
  private final String parserVersion;
  private final Consumer<Stored> afterStore;

  /**
   * @param afterStore runs on the writing thread after each document is committed: where the search index
   *     is updated
   */
  public Ingest(Library library, String parserVersion, Consumer<Stored> afterStore) {
    this.library = library;
    this.parserVersion = parserVersion;
    this.afterStore = afterStore;
  }

  /** The files named, with folders replaced by the regular files under them (sorted), or the reason a path fails. */
  public static List<Outcome> expand(List<Path> paths, List<Path> files) {
    List<Outcome> failures = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> tree = Files.walk(path)) {
          tree.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          failures.add(new Outcome.Failed(path, "folder cannot be read completely: " + e.getMessage()));
        }
      } else {
        files.add(path); // missing or unreadable files are explained by extraction
      }
    }
    return failures;
  }

  /** Ingests the files in order, telling {@code each} about every outcome as soon as it is final (stored). */
  public void run(List<Path> files, Consumer<Outcome> each) {
    ExecutorService pool = Executors.newFixedThreadPool(PARSE_THREADS, runnable -> {
      Thread thread = new Thread(runnable, "ingest-parse");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<Read>> ahead = new ArrayDeque<>();
      Set<String> storedNow = new HashSet<>();
      int next = 0;
      while (next < files.size() || !ahead.isEmpty()) {
        while (next < files.size() && ahead.size() < AHEAD) {
          Path file = files.get(next++);
          ahead.add(pool.submit(() -> read(file)));
        }
        List<Read> ready = new ArrayList<>();
        ready.add(await(ahead.poll()));
        // Whatever else is parsed already goes into the same transaction: one commit for several documents
        // when the writer is the bottleneck, no waiting when it is not.
        while (!ahead.isEmpty() && ahead.peek().isDone() && ready.size() < MAX_GROUP) {
          ready.add(await(ahead.poll()));
        }
        write(ready, storedNow).forEach(each);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a parse thread hands to the writer: a document to store, or an outcome that is already final. */
  private sealed interface Read {}

  private record Parsed(Path file, Enriched document) implements Read {}

  private record Done(Outcome outcome) implements Read {}

  /** On a parse thread. */
  private Read read(Path file) {
    try {
      if (Files.isRegularFile(file) && library.isCurrent(Extraction.documentId(file), parserVersion)) {
        return new Done(new Outcome.Unchanged(file, Extraction.documentId(file)));
      }
      return switch (Extraction.of(file)) {
        case Extraction.Read read -> new Parsed(file, Enricher.enrich(Parser.parse(read.extracted())));
        case Extraction.Failed failed -> new Done(new Outcome.Failed(file, failed.reason()));
      };
    } catch (IOException e) {
      return new Done(new Outcome.Failed(file, "cannot be read: " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug must not stop the other files; the reason names it so that it can be reported.
      return new Done(new Outcome.Failed(file, "could not be parsed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
    } catch (OutOfMemoryError e) {
      return new Done(new Outcome.Failed(file, "too large to parse in the available memory"));
    }
  }

  /** Stores the parsed documents of the group in one transaction; the outcomes in file order. */
  private List<Outcome> write(List<Read> group, Set<String> storedNow) {
    List<Enriched> documents = new ArrayList<>();
    int[] position = new int[group.size()]; // index into documents, or -1
    for (int i = 0; i < group.size(); i++) {
      position[i] = -1;
      if (group.get(i) instanceof Parsed parsed && storedNow.add(parsed.document().document().id())) {
        position[i] = documents.size();
        documents.add(parsed.document());
      }
    }
    List<Stored> stored = documents.isEmpty() ? List.of() : library.storeAll(documents, parserVersion);
    stored.forEach(afterStore);
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      int at = position[i];
      outcomes.add(switch (group.get(i)) {
        case Done done -> done.outcome();
        case Parsed parsed when at >= 0 -> new Outcome.Added(parsed.file(), stored.get(at));
        case Parsed parsed -> new Outcome.Unchanged(parsed.file(), parsed.document().document().id()); // same bytes twice
      });
    }
    return outcomes;
  }

  private static Read await(Future<Read> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
    }
  }
}
