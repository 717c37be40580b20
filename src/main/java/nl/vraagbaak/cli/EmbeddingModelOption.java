package nl.vraagbaak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.vraagbaak.search.Embeddings;
import picocli.CommandLine.Option;

/**
 * The {@code --embedding-model DIR} option: a sentence-embedding model on disk whose vectors join BM25 in
 * {@code similar}. Nothing of ONNX Runtime is loaded unless it is given.
 */
final class EmbeddingModelOption {

  @Option(names = "--embedding-model", paramLabel = "DIR",
      description = "directory with model.onnx and tokenizer.json (optionally vraagbaak-model.properties): adds vector similarity")
  Path dir;

  boolean given() {
    return dir != null;
  }

  /** The model of the directory, or null after printing on {@code err} the one line that says what is wrong. */
  Embeddings load(PrintWriter err) {
    return switch (Embeddings.open(dir)) {
      case Embeddings.Ready ready -> ready.model();
      case Embeddings.Invalid invalid -> {
        err.println("vraagbaak: --embedding-model " + dir + ": " + invalid.reason());
        err.flush();
        yield null;
      }
    };
  }
}
