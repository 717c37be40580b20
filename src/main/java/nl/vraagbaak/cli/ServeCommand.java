package nl.vraagbaak.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.vraagbaak.web.WebApp;
import nl.vraagbaak.web.WebOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vraagbaak serve}: the library in a browser and over HTTP until the process is stopped. */
@Command(name = "serve", description = "Serve the library as web pages and a JSON API (read-only unless --token is set).")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "library directory (default: $VRAAGBAAK_HOME, else ./vraagbaak-data)")
  Path data;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--token", paramLabel = "T", description = "bearer token that allows uploads (default: $VRAAGBAAK_TOKEN; none: read-only)")
  String token;

  @picocli.CommandLine.Mixin EmbeddingModelOption embedding;

  @Option(names = "--max-upload-mb", defaultValue = "50", description = "largest upload in MB (default: ${DEFAULT-VALUE})")
  int maxUploadMb;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      spec.commandLine().getErr().println("vraagbaak serve: --port " + port + " is not a TCP port; use 0 to 65535");
      return 2;
    }
    if (maxUploadMb < 1) {
      spec.commandLine().getErr().println("vraagbaak serve: --max-upload-mb " + maxUploadMb + " must be at least 1");
      return 2;
    }
    if (!embedding.given() && System.getenv("VRAAGBAAK_EMBEDDING_MODEL") != null && !System.getenv("VRAAGBAAK_EMBEDDING_MODEL").isBlank()) {
      embedding.dir = Path.of(System.getenv("VRAAGBAAK_EMBEDDING_MODEL"));
    }
    nl.vraagbaak.search.Embeddings model = null;
    if (embedding.given() && (model = embedding.load(spec.commandLine().getErr())) == null) {
      return 2;
    }
    String effectiveToken = token != null ? token : System.getenv("VRAAGBAAK_TOKEN");
    Path dir = dataDir();
    if (effectiveToken == null && !java.nio.file.Files.isRegularFile(dir.resolve(nl.vraagbaak.store.Library.DATABASE_FILE))) {
      spec.commandLine().getErr().println("vraagbaak serve: no library in " + dir + "; create one with 'vraagbaak ingest --data "
          + dir + " FILE...', or start with --token T to upload documents in the browser");
      return 1;
    }
    WebOptions options = new WebOptions(dir, host, port, effectiveToken, maxUploadMb * 1024L * 1024L);
    WebApp app;
    try {
      app = WebApp.start(options, model);
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("vraagbaak serve: cannot serve " + dir + " on " + host + ":" + port + ": " + reason(e));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "vraagbaak-serve-stop"));
    spec.commandLine().getErr().printf("vraagbaak: serving %s at http://%s:%d/ (%s)%n",
        options.dataDir(), host.contains(":") ? "[" + host + "]" : host, app.port(),
        options.token() == null ? "read-only" : "uploads allowed with the token");
    spec.commandLine().getErr().flush();
    stopped.await();
    return 0;
  }

  /** The innermost message: "Address already in use" rather than Javalin's wrapper. */
  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }

  private Path dataDir() {
    if (data != null) {
      return data;
    }
    String home = System.getenv("VRAAGBAAK_HOME");
    return home != null && !home.isBlank() ? Path.of(home) : Path.of("vraagbaak-data");
  }
}
