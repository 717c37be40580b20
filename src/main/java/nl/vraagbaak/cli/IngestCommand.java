package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vraagbaak.store.Ingest;
import nl.vraagbaak.store.Ingest.Outcome;
import nl.vraagbaak.search.LibraryIndex;
import nl.vraagbaak.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vraagbaak ingest}: files and folders into the library. Prints one line per document on stdout as soon as
 * it is stored ("stored ID N pairs FILE", "unchanged ID FILE"), progress on stderr, failures at the end.
 */
@Command(name = "ingest", description = "Store documents (files or folders, recursively) in the library.")
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataDir data;

  @Mixin EmbeddingModelOption embedding;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of PDF, DOCX, ODT, HTML, XML or text")
  List<Path> paths;

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    nl.vraagbaak.search.Embeddings model = null;
    if (embedding.given() && (model = embedding.load(err)) == null) {
      return 2;
    }
    List<Path> files = new ArrayList<>();
    List<Outcome> failures = new ArrayList<>(Ingest.expand(paths, files));
    Progress progress = new Progress(files.size(), err);
    try (Library library = Library.openForWriting(data.path());
        LibraryIndex index = LibraryIndex.open(library)) {
      new Ingest(library, Ingest.PARSER_VERSION, index::stored).run(files, outcome -> {
        switch (outcome) {
          case Outcome.Added added -> out.println("stored " + added.stored().document().document().id() + " "
              + added.stored().document().pairs().size() + " pairs " + added.file());
          case Outcome.Unchanged unchanged -> out.println("unchanged " + unchanged.documentId() + " " + unchanged.file());
          case Outcome.Failed failed -> failures.add(failed);
        }
        out.flush();
        progress.done(outcome);
      });
      if (model != null) {
        ReindexCommand.embed(library, model, false, err);
      }
    }
    progress.finish();
    for (Outcome failure : failures) {
      err.println("vraagbaak: " + failure.file() + ": " + ((Outcome.Failed) failure).reason());
    }
    return failures.isEmpty() ? 0 : 1;
  }
}
