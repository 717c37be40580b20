package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.vraagbaak.store.Ingest;
import nl.vraagbaak.store.Ingest.Outcome;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.Stored;
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

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of PDF, DOCX, ODT, HTML, XML or text")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    List<Outcome> failures = new ArrayList<>(Ingest.expand(paths, files));
    Progress progress = new Progress(files.size(), err);
    try (Library library = Library.openForWriting(data.path())) {
      new Ingest(library, Ingest.PARSER_VERSION, indexUpdate(library)).run(files, outcome -> {
        switch (outcome) {
          case Outcome.Added added -> out.println("stored " + added.stored().document().document().id() + " "
              + added.stored().document().pairs().size() + " pairs " + added.file());
          case Outcome.Unchanged unchanged -> out.println("unchanged " + unchanged.documentId() + " " + unchanged.file());
          case Outcome.Failed failed -> failures.add(failed);
        }
        out.flush();
        progress.done(outcome);
      });
    }
    progress.finish();
    for (Outcome failure : failures) {
      err.println("vraagbaak: " + failure.file() + ": " + ((Outcome.Failed) failure).reason());
    }
    return failures.isEmpty() ? 0 : 1;
  }

  /**
   * INDEX HOOK: runs after each document is committed to the library. The search index update plugs in here
   * (open DIR/index for writing next to the library and add or replace the stored document).
   */
  private static Consumer<Stored> indexUpdate(Library library) {
    return stored -> {};
  }
}
