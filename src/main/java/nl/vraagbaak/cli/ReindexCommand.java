package nl.vraagbaak.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.vraagbaak.search.LibraryIndex;
import nl.vraagbaak.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vraagbaak reindex}: rebuilds the search index from the library, which holds everything. */
@Command(name = "reindex", description = "Rebuild the search index from the library.")
final class ReindexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataDir data;

  @Mixin EmbeddingModelOption embedding;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    nl.vraagbaak.search.Embeddings model = null;
    if (embedding.given() && (model = embedding.load(err)) == null) {
      return 2;
    }
    SearchCommand.existingLibrary(data);
    long start = System.nanoTime();
    int documents;
    try (Library library = Library.openForWriting(data.path())) {
      documents = LibraryIndex.rebuild(library);
      err.printf(java.util.Locale.ROOT, "vraagbaak: indexed %d documents in %.1f s%n", documents, (System.nanoTime() - start) / 1e9);
      if (model != null) {
        embed(library, model, true, err);
      }
    }
    return 0;
  }

  /** Brings the library's question vectors of this model in step with it ({@code all}: embeds every question again). */
  static void embed(Library library, nl.vraagbaak.search.Embeddings model, boolean all, PrintWriter err) throws IOException {
    long start = System.nanoTime();
    var synced = nl.vraagbaak.search.HybridSimilarity.syncVectors(library, model, all, line -> {
      err.println("vraagbaak: " + line);
      err.flush();
    });
    if (synced.busy()) {
      err.println("vraagbaak: another process is updating the vectors of " + model.describe() + "; 'similar --embedding-model' completes them");
    } else {
      err.printf(java.util.Locale.ROOT, "vraagbaak: embedded %d questions of %d documents in %.1f s with %s%n",
          synced.questions(), synced.documents(), (System.nanoTime() - start) / 1e9, model.describe());
    }
    err.flush();
  }
}
