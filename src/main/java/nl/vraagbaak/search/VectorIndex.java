package nl.vraagbaak.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The question vectors of one embedding model, in a Lucene index of their own ({@code DIR/vectors}), derived
 * like the pair index: one marker per document with its library version, one entry per pair with its
 * question's vector (HNSW, cosine). The commit names the model's fingerprint; opened for another model, the
 * index starts empty rather than mix two vector spaces.
 */
final class VectorIndex implements AutoCloseable {

  private static final String TYPE = "type";
  private static final String TYPE_PAIR = "pair";
  private static final String TYPE_DOCUMENT = "document";
  private static final String ID = "id";
  private static final String DOC = "doc";
  private static final String VERSION = "version";
  private static final String VECTOR = "vector";
  private static final String MODEL = "model";

  /** As in {@link PairIndex}: Lucene's notice about the JDK's vector module would land on stderr (held: loggers are weak). */
  private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  /** A pair and the cosine similarity of its question to the query vector. */
  record Near(String pairId, double cosine) {}

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final String fingerprint;
  private DirectoryReader reader;

  private VectorIndex(Path path, Directory directory, IndexWriter writer, String fingerprint) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.fingerprint = fingerprint;
  }

  /** The vector index directory of a library directory. */
  static Path in(Path dataDir) {
    return dataDir.resolve("vectors");
  }

  /**
   * Opens for writing, emptied when its vectors came from another model; for reading only (as committed) when
   * another process writes it.
   */
  static VectorIndex open(Path dir, String fingerprint) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      VectorIndex index = new VectorIndex(dir, directory, writer, fingerprint);
      if (!fingerprint.equals(index.committedModel())) {
        writer.deleteAll();
        index.commit();
      }
      return index;
    } catch (LockObtainFailedException e) {
      return new VectorIndex(dir, directory, null, fingerprint);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Whether this index can be changed (no other process writes it). */
  boolean writable() {
    return writer != null;
  }

  private String committedModel() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    try (DirectoryReader committed = DirectoryReader.open(directory)) {
      return committed.getIndexCommit().getUserData().get(MODEL);
    }
  }

  /** The library version of every document whose vectors are here. */
  Map<String, Long> versions() throws IOException {
    Map<String, Long> versions = new HashMap<>();
    IndexSearcher searcher = searcher();
    if (searcher == null) {
      return versions;
    }
    StoredFields stored = searcher.storedFields();
    Set<String> fields = Set.of(DOC, VERSION);
    TermQuery documents = new TermQuery(new Term(TYPE, TYPE_DOCUMENT));
    for (ScoreDoc hit : searcher.search(documents, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
      var doc = stored.document(hit.doc, fields);
      versions.put(doc.get(DOC), doc.getField(VERSION).numericValue().longValue());
    }
    return versions;
  }

  /** Replaces a document's vectors: pair id to question vector (pairs without a vector are left out). */
  void put(String documentId, long version, Map<String, float[]> vectors) throws IOException {
    List<Document> docs = new ArrayList<>(vectors.size() + 1);
    Document marker = new Document();
    marker.add(new StringField(TYPE, TYPE_DOCUMENT, Store.NO));
    marker.add(new StringField(DOC, documentId, Store.YES));
    marker.add(new StoredField(VERSION, version));
    docs.add(marker);
    vectors.forEach((pairId, vector) -> {
      Document doc = new Document();
      doc.add(new StringField(TYPE, TYPE_PAIR, Store.NO));
      doc.add(new StringField(ID, pairId, Store.YES));
      doc.add(new StringField(DOC, documentId, Store.NO));
      doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
      docs.add(doc);
    });
    requireWriter().updateDocuments(new Term(DOC, documentId), docs);
  }

  void delete(String documentId) throws IOException {
    requireWriter().deleteDocuments(new Term(DOC, documentId));
  }

  /** Makes the vectors durable, under the model's fingerprint. */
  void commit() throws IOException {
    IndexWriter writer = requireWriter();
    writer.setLiveCommitData(Map.of(MODEL, fingerprint).entrySet());
    writer.commit();
  }

  /** The {@code k} pairs whose questions lie nearest the vector, nearest first. */
  List<Near> nearest(float[] vector, int k) throws IOException {
    IndexSearcher searcher = searcher();
    if (searcher == null || k <= 0) {
      return List.of();
    }
    ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(VECTOR, vector, k), k).scoreDocs;
    StoredFields stored = searcher.storedFields();
    Set<String> fields = Set.of(ID);
    List<Near> near = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      // Lucene scores cosine as (1 + cos) / 2
      near.add(new Near(stored.document(hit.doc, fields).get(ID), 2.0 * hit.score - 1.0));
    }
    return near;
  }

  /** A searcher over what is committed (and, for the writer, written), or null while there is nothing of this model. */
  private IndexSearcher searcher() throws IOException {
    if (writer != null) {
      DirectoryReader fresh = reader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(reader, writer);
      if (fresh != null) {
        if (reader != null) {
          reader.close();
        }
        reader = fresh;
      }
    } else if (reader == null) {
      if (!fingerprint.equals(committedModel())) {
        return null;
      }
      reader = DirectoryReader.open(directory);
    }
    return new IndexSearcher(reader);
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("vector index " + path + " is written by another process; open it for writing when that has finished");
    }
    return writer;
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
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
