package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.store.Library;
import nl.vraagbaak.store.StoredPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vraagbaak show}: one stored pair or document. */
@Command(name = "show", description = "Show a stored pair (DOCUMENT-ID.N) or document (DOCUMENT-ID).")
final class ShowCommand implements Callable<Integer> {

  enum Format { text, json, md }

  @Spec CommandSpec spec;

  @Mixin DataDir data;

  @Option(names = "--format", defaultValue = "text", description = "text, json or md (default: ${DEFAULT-VALUE})")
  Format format;

  @Parameters(paramLabel = "ID", description = "a pair id (e.g. 1f53866c97893331.12) or a document id")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Library library = data.openForReading()) {
      if (id.contains(".")) {
        StoredPair pair = library.pair(id).orElseThrow(() -> new UserError("no pair " + id + " in library " + library.dir()));
        switch (format) {
          case json -> out.println(ContractJson.pretty(pair));
          case md -> out.print(Markdown.of(new Enriched(pair.document(), List.of(pair.pair()), List.of(), List.of())));
          case text -> out.print(PlainText.of(pair));
        }
      } else {
        Enriched document = library.document(id)
            .orElseThrow(() -> new UserError("no document " + id + " in library " + library.dir()));
        switch (format) {
          case json -> out.println(ContractJson.pretty(document));
          case md -> out.print(Markdown.of(document));
          case text -> out.print(PlainText.of(document));
        }
      }
    }
    out.flush();
    return 0;
  }
}
