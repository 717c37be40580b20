package nl.vraagbaak.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.Enricher;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Parser;
import nl.vraagbaak.search.LibraryIndex;
import nl.vraagbaak.store.Ingest;
import nl.vraagbaak.store.LibraryInUseException;
import org.apache.lucene.store.LockObtainFailedException;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.Stored;

/**
 * An uploaded file into the library: saved under a generated name, read, parsed, enriched, stored and
 * indexed. One upload at a time per server: the library has one writer.
 */
final class Ingestion {

  private final Path libraryDir;
  private final Uploads uploads;
  private final Runnable changed;

  /** @param changed runs after each stored document: where cached counts are forgotten */
  Ingestion(Path libraryDir, long maxBytes, Runnable changed) {
    this.libraryDir = libraryDir;
    this.uploads = new Uploads(libraryDir, maxBytes);
    this.changed = changed;
  }

  /** Stores the upload; a file that cannot be read is a 422 with the reason in plain words. */
  synchronized Enriched ingest(InputStream content, String clientName) throws IOException {
    String name = Uploads.displayName(clientName);
    Path file = uploads.save(content);
    try {
      Enriched enriched = switch (Extraction.of(file)) {
        case Extraction.Failed failed -> throw WebError.unprocessable(
            name + " cannot be read: " + failed.reason() + "; send a PDF, DOCX, ODT, HTML, XML or text document");
        case Extraction.Read read -> named(Enricher.enrich(Parser.parse(read.extracted())), name);
      };
      Stored stored;
      // the same writer set-up as 'vraagbaak ingest': answer fingerprints for reuse, index kept in step
      try (Library writer = Library.openForWriting(libraryDir, Enricher::fingerprint);
          LibraryIndex index = LibraryIndex.open(writer)) {
        stored = writer.store(enriched, Ingest.PARSER_VERSION);
        index.stored(stored);
      } catch (LibraryInUseException | LockObtainFailedException e) {
        throw WebError.unavailable("the library is being written by another process (" + e.getMessage()
            + "); try the upload again when it has finished");
      }
      changed.run();
      uploads.keep(file, enriched.document().id(), enriched.document().format());
      return stored.document();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The document as uploaded, under the client's file name rather than the server's generated one. */
  private static Enriched named(Enriched enriched, String name) {
    Document d = enriched.document();
    Document renamed = new Document(d.id(), name, d.format(), d.kind(), d.title(), d.date(), d.committee(), d.responder(), d.reference());
    return new Enriched(renamed, enriched.pairs(), enriched.unanswered(), enriched.issues());
  }
}
