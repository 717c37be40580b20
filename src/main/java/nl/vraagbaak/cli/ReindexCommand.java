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

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    SearchCommand.existingLibrary(data);
    long start = System.nanoTime();
    int documents;
    try (Library library = Library.openForWriting(data.path())) {
      documents = LibraryIndex.rebuild(library);
    }
    err.printf(java.util.Locale.ROOT, "vraagbaak: indexed %d documents in %.1f s%n", documents, (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
