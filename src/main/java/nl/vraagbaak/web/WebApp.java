package nl.vraagbaak.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import nl.vraagbaak.search.Embeddings;
import nl.vraagbaak.search.PairIndex;
import nl.vraagbaak.store.Library;

/** {@code vraagbaak serve}: the library over HTTP, as pages for people and JSON for programs. */
public final class WebApp implements AutoCloseable {

  /**
   * Jetty's request threads. Searches are CPU-bound: a few more threads than cores keep the cores busy while a
   * request waits for the disk or the network; hundreds would only share the cores ever more thinly, so that every
   * request in progress finishes late. Requests beyond these wait in Jetty's queue, in order.
   */
  static final int SERVER_THREADS = 16;

  private final Javalin javalin;
  private final Library library;
  private final PairIndex index;
  private final Routes routes;
  private final Thread warming;

  private WebApp(Javalin javalin, Library library, PairIndex index, Routes routes, Thread warming) {
    this.javalin = javalin;
    this.library = library;
    this.index = index;
    this.routes = routes;
    this.warming = warming;
  }

  /** Starts serving; the returned app runs until {@link #close()}. */
  public static WebApp start(WebOptions options) {
    return start(options, null);
  }

  /**
   * Starts serving with earlier similar questions found by BM25 fused with the vectors of {@code model} (null: by
   * BM25 alone, and nothing of ONNX Runtime is loaded).
   */
  public static WebApp start(WebOptions options, Embeddings model) {
    Templates templates = new Templates();
    Errors errors = new Errors(templates);
    byte[] openApi = resource("web/openapi.json");
    Library library = Library.open(options.dataDir());
    PairIndex index = null;
    try {
      index = PairIndex.openForReading(PairIndex.in(options.dataDir()));
      // opens the index's searcher before the first request: requests racing that opening would find an empty index,
      // and the caches keep what they find until the library changes
      index.pairCount();
      Site site = new Site(options, library, index, templates);
      SimilarFinder finder = model == null ? SimilarFinder.lexical(index) : SimilarFinder.hybrid(index, library, model);
      Routes[] routes = new Routes[1];
      Ingestion ingestion = new Ingestion(options.dataDir(), options.maxUploadBytes(), () -> routes[0].changed());
      routes[0] = new Routes(site, ingestion, finder);
      Javalin javalin = Javalin.create(config -> configure(config, options, errors, openApi, routes[0]));
      javalin.start(options.host(), options.port());
      routes[0].watch(PairIndex.in(options.dataDir()));
      Thread warming = Thread.ofPlatform().daemon().name("vraagbaak-warm").start(() -> warm(routes[0]));
      return new WebApp(javalin, library, index, routes[0], warming);
    } catch (IOException | RuntimeException e) {
      library.close();
      if (index != null) {
        index.close();
      }
      throw e instanceof IOException io ? new UncheckedIOException("cannot open the search index of " + options.dataDir(), io)
          : (RuntimeException) e;
    }
  }

  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    javalin.stop();
    routes.close();
    try {
      warming.join(30_000); // it stops after the search in progress; the index must stay open until then
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    index.close();
    library.close();
  }

  private static void warm(Routes routes) {
    try {
      routes.warm();
    } catch (RuntimeException e) {
      System.err.println("vraagbaak serve: computing the first pages failed: " + e);
    }
  }

  private static void configure(
      JavalinConfig config, WebOptions options, Errors errors, byte[] openApi, Routes routes) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jetty.threadPool = threadPool();
    config.jsonMapper(new JavalinJackson(WebJson.MAPPER, false));
    config.http.maxRequestSize = options.maxUploadBytes() + 64 * 1024;
    config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    config.router.ignoreTrailingSlashes = true;
    config.http.generateEtags = true;
    // what is compressed per request (the cached bodies are compressed once, at level 6): level 1 costs a quarter of
    // level 6 (52 kB document page: 0.43 against 1.5 ms) for 15% more bytes
    config.http.compressionStrategy = new CompressionStrategy(null, new Gzip(1));
    config.staticFiles.enableWebjars();
    config.staticFiles.add(files -> {
      files.hostedPath = "/static";
      files.directory = "/web/static";
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Cache-Control", "max-age=300");
    });

    var r = config.routes;
    r.before(WebApp::securityHeaders);
    r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    r.exception(WebError.class, (e, ctx) -> errors.send(ctx, e.status(), e.getMessage()));
    r.exception(Exception.class, (e, ctx) -> {
      System.err.println("vraagbaak serve: " + ctx.method() + " " + ctx.path() + ": " + e);
      errors.send(ctx, 500, "the server failed on this request (" + e.getClass().getSimpleName()
          + "); try again, and report it if it keeps happening");
    });
    r.exception(HttpResponseException.class, (e, ctx) -> errors.send(ctx, e.getStatus(), message(ctx, e)));
    routes.register(config.routes);
  }

  private static QueuedThreadPool threadPool() {
    QueuedThreadPool pool = new QueuedThreadPool(SERVER_THREADS, 4, 60_000);
    pool.setName("vraagbaak-http");
    return pool;
  }

  /** Javalin's own refusals (no such endpoint, wrong method, request too large) in our words. */
  private static String message(Context ctx, HttpResponseException e) {
    String where = ctx.method() + " " + Params.clip(ctx.path());
    return switch (e.getStatus()) {
      case 404 -> Errors.isApi(ctx)
          ? "no endpoint " + where + "; see /api/openapi.json for the endpoints"
          : "deze pagina bestaat niet; begin bij de zoekpagina";
      case 405 -> where + " is not allowed; see /api/openapi.json for the methods of each endpoint";
      case 413 -> "the request is too large; send a file of at most the server's upload limit";
      default -> e.getMessage();
    };
  }

  /** Pages never run scripts or styles from anywhere but this server, and are never framed. */
  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebApp.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the jar; rebuild it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
