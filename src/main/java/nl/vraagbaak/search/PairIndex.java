package nl.vraagbaak.search;

import static nl.vraagbaak.search.Fields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.parse.Unanswered;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The library's Lucene index: one Lucene document per pair, derived from the library (never the only copy
 * of anything), rendering hits from its own stored JSON. One writer per index (Lucene's write lock);
 * any number of readers, which see a writer's commits within a second.
 */
public final class PairIndex implements AutoCloseable {

  /**
   * Lucene logs a notice about the JDK's vector module on first use; it would land on stderr of every
   * command. Held in a field because java.util.logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization");

  private static final Query PAIRS = new TermQuery(new Term(TYPE, TYPE_PAIR));
  private static final Query DOCUMENTS = new TermQuery(new Term(TYPE, TYPE_DOCUMENT));
  private static final long REFRESH_MILLIS = 1000;
  private static final int SNIPPET_CHARS = 10_000;

  /** Large indexes are searched in two slices at once (the caller runs one, or both when the pool is busy). */
  private static final int SLICED_DOCS = 200_000;

  private static final Executor SLICE_POOL = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), task -> {
    Thread thread = new Thread(task, "vraagbaak-search");
    thread.setDaemon(true);
    return thread;
  });

  private static final SearcherFactory SEARCHERS = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
      return new IndexSearcher(reader, SLICE_POOL) {
        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
          long docs = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
          int perSlice = docs < SLICED_DOCS ? Integer.MAX_VALUE : (int) (docs / 2 + 1);
          return slices(leaves, perSlice, Integer.MAX_VALUE, false);
        }
      };
    }
  };

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final Analyzer queryAnalyzer;
  private final Analyzer indexAnalyzer;
  private final Object opening = new Object();
  private volatile SearcherManager searchers;
  private volatile long lastRefresh;
  private volatile boolean written;

  private PairIndex(Path path, Directory directory, IndexWriter writer, DutchAnalysis analysis) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.queryAnalyzer = analysis.queryAnalyzer();
    this.indexAnalyzer = analysis.indexAnalyzer();
    if (writer != null) {
      this.searchers = new SearcherManager(writer, SEARCHERS);
    }
  }

  /** The index directory of a library directory. */
  public static Path in(Path dataDir) {
    return dataDir.resolve("index");
  }

  /**
   * Opens (creating) the index for writing; throws {@link org.apache.lucene.store.LockObtainFailedException}
   * when another process writes it.
   */
  public static PairIndex openForWriting(Path indexDir) throws IOException {
    return openForWriting(indexDir, 64);
  }

  /** As {@link #openForWriting(Path)}, buffering up to {@code ramBufferMb} of documents before flushing. */
  public static PairIndex openForWriting(Path indexDir, double ramBufferMb) throws IOException {
    DutchAnalysis analysis = DutchAnalysis.standard();
    Directory directory = FSDirectory.open(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb)
        .setCommitOnClose(true);
    try {
      return new PairIndex(indexDir, directory, new IndexWriter(directory, config), analysis);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Opens the index for searching only; a missing index searches as empty until a writer creates it. */
  public static PairIndex openForReading(Path indexDir) throws IOException {
    return new PairIndex(indexDir, FSDirectory.open(indexDir), null, DutchAnalysis.standard());
  }

  /** Replaces everything indexed of this document by its current pairs. */
  public void put(Enriched enriched, long version) {
    requireWriter();
    try {
      writer.updateDocuments(new Term(DOC, enriched.document().id()), PairDocuments.of(enriched, version));
      written = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index document " + enriched.document().id() + " in " + path, e);
    }
  }

  /** Removes a document and its pairs. */
  public void delete(String documentId) {
    requireWriter();
    try {
      writer.deleteDocuments(new Term(DOC, documentId));
      written = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete document " + documentId + " from " + path, e);
    }
  }

  /** Removes everything (before a rebuild). */
  public void clear() {
    requireWriter();
    try {
      writer.deleteAll();
      written = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + path, e);
    }
  }

  /** Makes everything put so far durable and visible to readers in other processes. */
  public void commit() {
    requireWriter();
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit " + path, e);
    }
  }

  /** The version of every indexed document, by document id. */
  public Map<String, Long> versions() {
    return withSearcher(searcher -> {
      Map<String, Long> versions = new HashMap<>();
      StoredFields stored = searcher.storedFields();
      Set<String> fields = Set.of(DOC, VERSION);
      for (ScoreDoc hit : searcher.search(DOCUMENTS, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
        var doc = stored.document(hit.doc, fields);
        versions.put(doc.get(DOC), doc.getField(VERSION).numericValue().longValue());
      }
      return versions;
    }, Map.of());
  }

  /** How many pairs are indexed. */
  public int pairCount() {
    return withSearcher(searcher -> searcher.count(PAIRS), 0);
  }

  /** The stored document and pair of a pair id. */
  public Optional<Hit> pair(String pairId) {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(byId(pairId), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.<Hit>empty();
      }
      var stored = PairDocuments.read(searcher.storedFields(), top.scoreDocs[0].doc);
      return Optional.of(new Hit(1.0, stored.document(), stored.pair(), Map.of()));
    }, Optional.empty());
  }

  /** Runs a search; a query or filter that cannot be understood is a {@link BadQuery}, never an exception. */
  public SearchOutcome search(SearchRequest request) {
    Query text;
    Query filters;
    try {
      text = QueryText.parse(request.query(), queryAnalyzer, !QueryText.isLongPlainText(request.query()));
      filters = filters(request);
    } catch (ParseException e) {
      return new BadQuery(QueryText.explain(request.query(), e));
    } catch (IllegalArgumentException e) {
      return new BadQuery(e.getMessage());
    }
    try {
      SearchResult result = run(request, text, filters);
      if (result.total() == 0 && QueryText.isPlainWords(request.query()) && request.query().strip().contains(" ")
          && !QueryText.isLongPlainText(request.query())) {
        // no pair has every word: rank the pairs that have some of them
        result = run(request, QueryText.parse(request.query(), queryAnalyzer, false), filters);
      }
      return result;
    } catch (ParseException e) {
      return new BadQuery(QueryText.explain(request.query(), e));
    } catch (IndexSearcher.TooManyClauses e) {
      return new BadQuery("the query '" + abbreviate(request.query()) + "' has too many words or matches too many prefixes; shorten it");
    }
  }

  /** Searches with fewer matches than this get their total and facets from the pass that finds the best hits. */
  private static final int FIRST_MATCHES = 2_000;

  private SearchResult run(SearchRequest request, Query text, Query filters) {
    // an empty BooleanQuery matches nothing: no filters, no filter clause
    Query query = filters instanceof BooleanQuery none && none.clauses().isEmpty()
        ? text
        : new BooleanQuery.Builder().add(text, Occur.MUST).add(filters, Occur.FILTER).build();
    int wanted = Math.max(1, request.offset() + request.limit());
    return withSearcher(searcher -> {
      // without words every pair scores the same: newest first is the only useful order then
      boolean byDate = request.order() == SearchRequest.Order.DATE || request.query().isBlank();
      // The best hits with scores, where Lucene may skip what cannot reach the top, noting the first matches; when that
      // was all of them, they give total and facets. Otherwise a second pass without scores counts them (sampled when
      // there are many): one pass doing both must score every match (three times slower at 1M).
      int threshold = Math.max(wanted, FIRST_MATCHES);
      FirstMatches.Found found = byDate
          ? searcher.search(query, new FirstMatches<>(new TopFieldCollectorManager(new Sort(dateSort(), SortField.FIELD_SCORE), wanted, threshold), threshold))
          : searcher.search(query, new FirstMatches<>(new TopScoreDocCollectorManager(wanted, threshold), threshold));
      MatchCounts.Counted counted = found.all() != null
          ? MatchCounts.of(searcher, found.all())
          : MatchCounts.of(searcher, query, found.top().scoreDocs.length);
      List<ScoreDoc> page = pageOf(found.top().scoreDocs, request.offset(), request.limit());
      return new SearchResult(request.query(), counted.total(), hits(searcher, text, page), counted.facets(), counted.estimated());
    }, new SearchResult(request.query(), 0, List.of(), emptyFacets(), false));
  }

  private static SortField dateSort() {
    return new SortField(DATE_SORT, SortField.Type.LONG, true, Long.MIN_VALUE);
  }

  private static List<ScoreDoc> pageOf(ScoreDoc[] all, int offset, int limit) {
    if (offset >= all.length) {
      return List.of();
    }
    return List.of(all).subList(offset, Math.min(all.length, offset + limit));
  }

  private List<Hit> hits(IndexSearcher searcher, Query text, List<ScoreDoc> page) throws IOException {
    if (page.isEmpty()) {
      return List.of();
    }
    int[] docIds = page.stream().mapToInt(d -> d.doc).toArray();
    String[] fields = {QUESTION, ANSWER};
    StoredFields stored = searcher.storedFields();
    Map<Integer, PairDocuments.Stored> pairs = new HashMap<>();
    for (int doc : docIds) {
      pairs.put(doc, PairDocuments.read(stored, doc));
    }
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.forLanguageTag("nl")))
        // offsets from the postings of the query's terms, instead of a weight and matches per document and field
        .withWeightMatches(false)
        .withMaxLength(SNIPPET_CHARS);
    UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
      /** The text is in the stored pair JSON (read once per hit), not stored twice. */
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] names, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          values.add(texts(pairs.get(doc).pair().pair(), names));
        }
        return values;
      }
    };
    Map<String, String[]> snippets = highlighter.highlightFields(fields, text, docIds, new int[] {2, 2});
    List<Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      var pair = pairs.get(docIds[i]);
      Map<String, String> highlights = new LinkedHashMap<>();
      for (String field : fields) {
        String snippet = snippets.get(field)[i];
        highlights.put(field, snippet == null ? "" : snippet);
      }
      hits.add(new Hit(scoreOf(page.get(i)), pair.document(), pair.pair(), highlights));
    }
    return hits;
  }

  private static CharSequence[] texts(nl.vraagbaak.parse.Pair pair, String[] names) {
    CharSequence[] texts = new CharSequence[names.length];
    for (int i = 0; i < names.length; i++) {
      String text = switch (names[i]) {
        case QUESTION -> pair.question();
        case ANSWER -> pair.answer();
        default -> throw new IllegalArgumentException("field " + names[i] + " has no stored text; highlight question or answer");
      };
      texts[i] = text == null ? "" : text;
    }
    return texts;
  }

  private static double scoreOf(ScoreDoc doc) {
    if (doc instanceof FieldDoc field && field.fields.length > 1 && field.fields[1] instanceof Float score) {
      return score;
    }
    return Float.isNaN(doc.score) ? 0 : doc.score;
  }

  private Query filters(SearchRequest request) {
    BooleanQuery.Builder filters = new BooleanQuery.Builder();
    if (request.query().isBlank()) {
      // words only match pairs (the document markers have no text): this filter would only slow them down
      filters.add(PAIRS, Occur.FILTER);
    }
    if (present(request.party())) {
      filters.add(new TermQuery(new Term(PARTY, partyKey(request.party()))), Occur.FILTER);
    }
    if (present(request.member())) {
      filters.add(new TermQuery(new Term(MEMBER, lower(request.member()))), Occur.FILTER);
    }
    if (present(request.kind())) {
      filters.add(new TermQuery(new Term(KIND, lower(request.kind()))), Occur.FILTER);
    }
    if (present(request.from()) || present(request.to())) {
      long from = present(request.from()) ? day("--from", request.from()) : Long.MIN_VALUE;
      long to = present(request.to()) ? day("--to", request.to()) : Long.MAX_VALUE;
      filters.add(LongPoint.newRangeQuery(DATE, from, to), Occur.FILTER);
    }
    addWords(filters, COMMITTEE, request.committee());
    addWords(filters, RESPONDER, request.responder());
    return filters.build();
  }

  private void addWords(BooleanQuery.Builder filters, String field, String words) {
    if (present(words)) {
      Query query = new QueryBuilder(queryAnalyzer).createBooleanQuery(field, words, Occur.MUST);
      if (query == null) {
        throw new IllegalArgumentException("the " + field + " filter '" + words + "' has no searchable words; name it, e.g. 'Defensie'");
      }
      filters.add(query, Occur.FILTER);
    }
  }

  private static long day(String option, String value) {
    try {
      return LocalDate.parse(value.strip()).toEpochDay();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " '" + value + "' is not a date; write YYYY-MM-DD, e.g. 2026-01-31");
    }
  }

  /** The earlier pairs that ask what this pair asks; empty when the library has no such pair id. */
  public Optional<SimilarResult> similarToPair(String pairId, int limit) {
    return pair(pairId).map(hit -> similar(hit.pair().pair().question(), pairId, limit));
  }

  /** The pairs that ask what this text asks. */
  public SimilarResult similarToText(String text, int limit) {
    return similar(text, null, limit);
  }

  /** For every question of a document, answered or not, the earlier pairs that ask the same. */
  public List<SimilarResult> similarToQuestions(Enriched document, int limit) {
    List<SimilarResult> results = new ArrayList<>();
    for (EnrichedPair pair : document.pairs()) {
      results.add(similar(pair.pair().question(), pair.pair().id(), limit));
    }
    for (Unanswered question : document.unanswered()) {
      results.add(similar(question.question(), null, limit));
    }
    return results;
  }

  private SimilarResult similar(String question, String ownPairId, int limit) {
    return withSearcher(searcher -> {
      Query like = SimilarQuery.of(question == null ? "" : question, indexAnalyzer, searcher.getIndexReader());
      if (like == null || limit == 0) {
        return new SimilarResult(question, ownPairId, List.of());
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.MUST).add(PAIRS, Occur.FILTER);
      if (ownPairId != null) {
        query.add(byId(ownPairId), Occur.MUST_NOT);
      }
      TopDocs top = searcher.search(query.build(), limit);
      StoredFields stored = searcher.storedFields();
      List<SimilarResult.Similar> similar = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        var pair = PairDocuments.read(stored, hit.doc);
        similar.add(new SimilarResult.Similar(hit.score, pair.document(), pair.pair()));
      }
      return new SimilarResult(question, ownPairId, similar);
    }, new SimilarResult(question, ownPairId, List.of()));
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private static Query byId(String pairId) {
    return new TermQuery(new Term(ID, pairId));
  }

  private static Map<String, Map<String, Long>> emptyFacets() {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    FACETS.forEach(d -> facets.put(d, Map.of()));
    return facets;
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException, ParseException;
  }

  /** Runs work on a current searcher, or returns {@code empty} while no index exists yet. */
  private <T> T withSearcher(SearcherWork<T> work, T empty) {
    try {
      SearcherManager manager = current();
      if (manager == null) {
        return empty;
      }
      IndexSearcher searcher = manager.acquire();
      try {
        return work.apply(searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search " + path, e);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private SearcherManager current() throws IOException {
    if (writer != null) {
      if (written) {
        written = false;
        searchers.maybeRefreshBlocking();
      }
      return searchers;
    }
    long now = System.currentTimeMillis();
    // Only a searcher that is open may be reused unrefreshed: a request arriving while the first one is still being
    // opened waits for it below instead of finding none and answering with an empty result.
    SearcherManager open = searchers;
    if (open != null && now - lastRefresh < REFRESH_MILLIS) {
      return open;
    }
    synchronized (opening) {
      lastRefresh = now;
      if (searchers == null) {
        if (DirectoryReader.indexExists(directory)) {
          searchers = new SearcherManager(directory, SEARCHERS);
        }
      } else {
        searchers.maybeRefresh();
      }
    }
    return searchers;
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("index " + path + " was opened for reading; open it with PairIndex.openForWriting to change it");
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  @Override
  public void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + path, e);
    }
  }
}
