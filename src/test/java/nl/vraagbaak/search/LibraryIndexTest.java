package nl.vraagbaak.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.store.Ingest;
import nl.vraagbaak.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryIndexTest {

  @Test
  void reconcilesAnIndexThatMissedDocumentsOrKeptRemovedOnes(@TempDir Path dir) throws IOException {
    Enriched a = SeedLibrary.seed("001");
    Enriched b = SeedLibrary.seed("004");
    try (Library library = Library.openForWriting(dir)) {
      library.put(a, Ingest.PARSER_VERSION);
      library.put(b, Ingest.PARSER_VERSION);
      // an index that never saw b (killed before indexing it) and holds a document the library lacks
      try (PairIndex index = PairIndex.openForWriting(PairIndex.in(dir))) {
        index.put(a, library.documentVersions().get(a.document().id()));
        index.put(SeedLibrary.seed("002"), 99);
        index.commit();
      }
      try (LibraryIndex synced = LibraryIndex.open(library)) {
        assertThat(synced.reconciled()).isEqualTo(new LibraryIndex.Reconciled(1, 1));
        assertThat(synced.index().versions()).isEqualTo(library.documentVersions());
        assertThat(synced.index().pairCount()).isEqualTo(a.pairs().size() + b.pairs().size());
      }
      try (LibraryIndex again = LibraryIndex.open(library)) {
        assertThat(again.reconciled()).isEqualTo(new LibraryIndex.Reconciled(0, 0));
      }
    }
  }

  @Test
  void reindexesADocumentStoredAgainWithANewVersion(@TempDir Path dir) throws IOException {
    Enriched a = SeedLibrary.seed("001");
    try (Library library = Library.openForWriting(dir)) {
      try (LibraryIndex index = LibraryIndex.open(library)) {
        index.stored(library.store(a, Ingest.PARSER_VERSION));
      }
      library.store(a, "a newer parser"); // stored, but the process died before indexing it
      try (LibraryIndex index = LibraryIndex.open(library)) {
        assertThat(index.reconciled().indexed()).isEqualTo(1);
        assertThat(index.index().versions()).isEqualTo(library.documentVersions());
      }
      assertThat(LibraryIndex.rebuild(library)).isEqualTo(1);
    }
  }
}
