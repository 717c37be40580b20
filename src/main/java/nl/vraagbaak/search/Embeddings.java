package nl.vraagbaak.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * A sentence-embedding model loaded from a directory ({@code --embedding-model DIR}): {@code model.onnx} (an ONNX
 * BERT-style encoder taking input_ids and attention_mask) and its Hugging Face {@code tokenizer.json}, optionally
 * {@code vraagbaak-model.properties} ({@code pooling=mean|cls}, {@code maxWords=N}, {@code prefix=TEXT},
 * {@code weight=0..1}).
 *
 * <p>Only this class (and what it loads) touches ONNX Runtime, and only once {@link #open} is called: commands run
 * without the option never load its native libraries.
 */
public final class Embeddings {

  public static final String MODEL_FILE = "model.onnx";
  public static final String TOKENIZER_FILE = "tokenizer.json";
  public static final String PROPERTIES_FILE = "vraagbaak-model.properties";
  private static final Set<String> KEYS = Set.of("pooling", "maxWords", "prefix", "weight");
  private static final int DEFAULT_MAX_WORDS = 256;
  /** Tuned on the judged set with the English-only all-MiniLM-L6-v2: a stronger (multilingual) model deserves more. */
  private static final double DEFAULT_WEIGHT = 0.2;

  /** What opening a model directory gave: a model, or why there is none (one line, naming the file). */
  public sealed interface Opened {}

  public record Ready(Embeddings model) implements Opened {}

  public record Invalid(String reason) implements Opened {}

  /**
   * The settings of {@code vraagbaak-model.properties}.
   *
   * @param weight the share of the vector similarity in the fused score of {@code similar} (BM25 has the rest)
   */
  record Settings(PoolingMode pooling, int maxWords, String prefix, double weight) {}

  private final AbstractInProcessEmbeddingModel model;
  private final Settings settings;
  private final String fingerprint;
  private final int dimension;
  private final Path dir;

  private Embeddings(Path dir, AbstractInProcessEmbeddingModel model, Settings settings, String fingerprint, int dimension) {
    this.dir = dir;
    this.model = model;
    this.settings = settings;
    this.fingerprint = fingerprint;
    this.dimension = dimension;
  }

  /** Loads the model of a directory and embeds one probe sentence, so that a model that cannot run is found here. */
  public static Opened open(Path dir) {
    if (!Files.isDirectory(dir)) {
      return new Invalid(dir + " is not a directory; expected one holding " + MODEL_FILE + " and " + TOKENIZER_FILE);
    }
    Path modelFile = dir.resolve(MODEL_FILE);
    Path tokenizerFile = dir.resolve(TOKENIZER_FILE);
    for (Path required : List.of(modelFile, tokenizerFile)) {
      if (!Files.isRegularFile(required)) {
        return new Invalid("no " + required + "; the embedding model directory needs " + MODEL_FILE
            + " (an ONNX sentence-embedding model) and " + TOKENIZER_FILE + " (its Hugging Face tokenizer)");
      }
    }
    Settings settings;
    try {
      settings = settings(dir.resolve(PROPERTIES_FILE));
    } catch (IllegalArgumentException | IOException e) {
      return new Invalid(dir.resolve(PROPERTIES_FILE) + ": " + e.getMessage());
    }
    AbstractInProcessEmbeddingModel model;
    try {
      model = load(modelFile, tokenizerFile, settings.pooling());
    } catch (IOException | OrtException | RuntimeException | LinkageError e) {
      return new Invalid("cannot load " + modelFile + " with " + tokenizerFile + ": " + reason(e)
          + "; expected an ONNX BERT-style sentence-embedding model and its Hugging Face tokenizer.json");
    }
    int dimension;
    try {
      dimension = model.embed("Welke vragen zijn eerder gesteld?").content().vector().length;
    } catch (RuntimeException | LinkageError e) {
      return new Invalid("cannot run " + modelFile + ": " + reason(e) + "; expected a model taking input_ids and attention_mask");
    }
    try {
      return new Ready(new Embeddings(dir, model, settings, fingerprint(modelFile, tokenizerFile, settings), dimension));
    } catch (IOException e) {
      return new Invalid("cannot read " + modelFile + ": " + e.getMessage());
    }
  }

  /**
   * One ONNX Runtime thread per inference, without spin-waiting, and texts embedded on as many threads as there are
   * cores: on a machine shared with other work, ONNX Runtime's default (every inference spread over spinning threads)
   * is many times slower.
   */
  private static AbstractInProcessEmbeddingModel load(Path modelFile, Path tokenizerFile, PoolingMode pooling) throws IOException, OrtException {
    OrtEnvironment environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "vraagbaak");
    OnnxBertBiEncoder encoder;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        InputStream tokenizer = Files.newInputStream(tokenizerFile)) {
      options.setIntraOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      encoder = new OnnxBertBiEncoder(environment, environment.createSession(modelFile.toString(), options), tokenizer, pooling);
    }
    int threads = Runtime.getRuntime().availableProcessors();
    java.util.concurrent.Executor executor = java.util.concurrent.Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "vraagbaak-embed");
      thread.setDaemon(true);
      return thread;
    });
    return new AbstractInProcessEmbeddingModel(executor) {
      @Override
      protected OnnxBertBiEncoder model() {
        return encoder;
      }
    };
  }

  /** Identifies the model's files and settings: vectors of another fingerprint live in another space. */
  public String fingerprint() {
    return fingerprint;
  }

  public int dimension() {
    return dimension;
  }

  /** The share of vector similarity in {@code similar}'s fused score (0 to 1). */
  public double weight() {
    return settings.weight();
  }

  /** The model directory and fingerprint, for messages. */
  public String describe() {
    return String.format(Locale.ROOT, "%s (%s, %d dimensions, %s pooling, weight %.2f)", dir, fingerprint, dimension,
        settings.pooling().name().toLowerCase(Locale.ROOT), settings.weight());
  }

  /** The unit vector of a text; null for a text without words. */
  public float[] embed(String text) {
    List<float[]> vectors = embedAll(java.util.Collections.singletonList(text));
    return vectors.get(0);
  }

  /** The vectors of texts, in order; null for each text without words. */
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String prepared = prepare(texts.get(i));
      if (!prepared.isBlank()) {
        segments.add(TextSegment.from(settings.prefix() + prepared));
        positions.add(i);
      }
    }
    List<float[]> vectors = new ArrayList<>(java.util.Collections.nCopies(texts.size(), (float[]) null));
    if (!segments.isEmpty()) {
      List<Embedding> embeddings = model.embedAll(segments).content();
      for (int i = 0; i < embeddings.size(); i++) {
        vectors.set(positions.get(i), embeddings.get(i).vector());
      }
    }
    return vectors;
  }

  /** The text cut to the first maxWords words: a long question's gist is in its start, and cost grows with length. */
  private String prepare(String text) {
    if (text == null) {
      return "";
    }
    String[] words = text.strip().split("\\s+");
    return words.length <= settings.maxWords() ? String.join(" ", words) : String.join(" ", List.of(words).subList(0, settings.maxWords()));
  }

  static Settings settings(Path file) throws IOException {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      }
    }
    for (String key : properties.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown setting '" + key + "'; known are pooling=mean|cls, maxWords=N, prefix=TEXT, weight=0..1");
      }
    }
    String pooling = properties.getProperty("pooling", "mean").strip().toLowerCase(Locale.ROOT);
    PoolingMode mode = switch (pooling) {
      case "mean" -> PoolingMode.MEAN;
      case "cls" -> PoolingMode.CLS;
      default -> throw new IllegalArgumentException("pooling '" + pooling + "' is not mean or cls");
    };
    String maxWords = properties.getProperty("maxWords", String.valueOf(DEFAULT_MAX_WORDS)).strip();
    int max;
    try {
      max = Integer.parseInt(maxWords);
    } catch (NumberFormatException e) {
      max = 0;
    }
    if (max < 1) {
      throw new IllegalArgumentException("maxWords '" + maxWords + "' is not a positive whole number");
    }
    String weightText = properties.getProperty("weight", String.valueOf(DEFAULT_WEIGHT)).strip();
    double weight;
    try {
      weight = Double.parseDouble(weightText);
    } catch (NumberFormatException e) {
      weight = -1;
    }
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight '" + weightText + "' is not a number from 0 to 1");
    }
    return new Settings(mode, max, properties.getProperty("prefix", ""), weight);
  }

  private static String fingerprint(Path model, Path tokenizer, Settings settings) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    for (Path file : List.of(model, tokenizer)) {
      try (InputStream in = Files.newInputStream(file)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
        }
      }
    }
    // what changes the vectors; the weight only changes how they are used
    String vectorSettings = settings.pooling() + "\n" + settings.maxWords() + "\n" + settings.prefix();
    digest.update(vectorSettings.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    return message.lines().findFirst().orElse(message).strip();
  }
}
