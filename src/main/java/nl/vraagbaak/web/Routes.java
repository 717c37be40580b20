package nl.vraagbaak.web;

import io.javalin.config.RoutesConfig;

/** The pages and endpoints, wired to their handlers in one place. */
final class Routes {

  private final Site site;
  private final Api api;
  private final Pages pages;
  private final IngestPage ingestPage;
  private final SearchPage searchPage;

  private final SearchApi searchApi;
  private final SearchCache searchCache = new SearchCache();
  private volatile boolean closed;
  private final Similarity similarity;

  private final SimilarFinder finder;
  private volatile LibraryWatch watch;

  Routes(Site site, Ingestion ingestion, SimilarFinder finder) {
    this.site = site;
    this.finder = finder;
    this.similarity = new Similarity(finder);
    this.api = new Api(site, ingestion);
    this.pages = new Pages(site, similarity);
    this.ingestPage = new IngestPage(site, ingestion);
    this.searchPage = new SearchPage(site, site.index, searchCache);
    this.searchApi = new SearchApi(site.index, searchCache, finder);
  }

  /**
   * Computes at start what the first visitors ask for (the counts of the home page and overview, the searches the
   * home page offers), so that they need not wait for it, and so that the JIT compiler has compiled the search
   * before the first real one.
   */
  void warm() {
    site.stats.get();
    searchPage.warm(searchPage.offered(), () -> closed);
    if (!closed) {
      site.commitments.get();
      searchPage.firstHit().ifPresent(hit -> pages.warm(hit.pair().pair().id(), hit.document().id()));
    }
  }

  /** Keeps the caches until another process changes the library, and rebuilds them then. */
  void watch(java.nio.file.Path indexDir) {
    watch = new LibraryWatch(indexDir, this::changedElsewhere);
  }

  /** Stops warming (between two searches) and refreshing. */
  void close() {
    closed = true;
    if (watch != null) {
      watch.close();
    }
    searchCache.close();
    finder.close();
  }

  /** Forgets cached counts after the library changed. */
  void changed() {
    site.changed();
    pages.changed();
    searchCache.clear();
    finder.changed();
    similarity.clear();
    searchPage.changed();
  }

  /**
   * Another process changed the library: forgets what was cached, and computes the pages everyone sees first again
   * at once, so that requests wait for that one computation rather than each start their own.
   */
  private void changedElsewhere() {
    changed();
    if (!closed) {
      site.stats.get();
      searchPage.home();
    }
  }

  void register(RoutesConfig routes) {
    routes.get("/", searchPage::show);
    routes.get("/pairs/{pairId}", pages::pair);
    routes.get("/documents/{documentId}", pages::document);
    routes.get("/documents/{documentId}/pairs.csv", pages::documentCsv);
    routes.get("/overview", pages::overview);
    routes.get("/commitments", pages::commitments);
    routes.get("/ingest", ingestPage::show);
    routes.post("/ingest", ingestPage::submit);

    routes.get("/api/search", searchApi::search);
    routes.get("/api/similar", searchApi::similar);
    routes.get("/api/pairs/{pairId}", api::pair);
    routes.get("/api/documents/{documentId}", api::document);
    routes.post("/api/documents", api::upload);
    routes.get("/api/stats", api::stats);
    routes.get("/api/cites", api::cites);
    routes.get("/api/export", api::export);
  }
}
