package nl.vraagbaak.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vraagbaak.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vraagbaak export}: every stored pair with its document's fields, streamed. */
@Command(name = "export", description = "Write every pair of the library with its document fields (JSON Lines or CSV).")
final class ExportCommand implements Callable<Integer> {

  enum Format { jsonl, csv }

  @Spec CommandSpec spec;

  @Mixin DataDir data;

  @Option(names = "--format", required = true, description = "jsonl (one {\"document\", \"pair\"} object per line) or csv")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
  Path out;

  @Override
  public Integer call() throws IOException {
    try (Library library = data.openForReading()) {
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        export(library, stdout);
        stdout.flush();
      } else {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try (Writer file = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8))) {
          export(library, file);
        } catch (IOException | UncheckedIOException e) {
          Files.deleteIfExists(partial);
          throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
        // Whoever reads FILE sees a complete export or none.
        Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return 0;
  }

  private void export(Library library, Writer writer) {
    switch (format) {
      case jsonl -> library.forEachPair(pair -> write(writer, ContractJson.compact(pair) + "\n"));
      case csv -> {
        write(writer, Csv.header());
        library.forEachPair(pair -> write(writer, Csv.row(pair)));
      }
    }
  }

  private static void write(Writer writer, String text) {
    try {
      writer.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
