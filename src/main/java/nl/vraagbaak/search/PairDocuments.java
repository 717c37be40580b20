package nl.vraagbaak.search;

import static nl.vraagbaak.search.Fields.*;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enrichment;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * A parsed document as Lucene documents: one marker carrying the document id and version (so a document
 * without pairs still has a version), then one Lucene document per pair, with the pair, enrichment and
 * document as stored JSON.
 */
final class PairDocuments {

  /**
   * With offsets in the postings, so highlighting reads offsets instead of analysing the text again; not stored,
   * since the stored pair JSON holds the text already (see {@link #texts}).
   */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static final Set<String> STORED = Set.of(STORED_DOCUMENT, STORED_PAIR, STORED_ENRICHMENT);

  private PairDocuments() {}

  static List<org.apache.lucene.document.Document> of(Enriched enriched, long version) {
    Document document = enriched.document();
    List<org.apache.lucene.document.Document> docs = new ArrayList<>(enriched.pairs().size() + 1);
    var marker = new org.apache.lucene.document.Document();
    marker.add(new StringField(TYPE, TYPE_DOCUMENT, Store.NO));
    marker.add(new StringField(DOC, document.id(), Store.YES));
    marker.add(new StoredField(VERSION, version));
    docs.add(marker);
    String documentJson = StoredJson.write(document);
    Long epochDay = epochDay(document.date());
    for (EnrichedPair enrichedPair : enriched.pairs()) {
      docs.add(pair(document, documentJson, epochDay, enrichedPair));
    }
    return docs;
  }

  private static org.apache.lucene.document.Document pair(Document document, String documentJson, Long epochDay, EnrichedPair enrichedPair) {
    Pair pair = enrichedPair.pair();
    var doc = new org.apache.lucene.document.Document();
    doc.add(new StringField(TYPE, TYPE_PAIR, Store.NO));
    doc.add(new StringField(ID, pair.id(), Store.NO));
    doc.add(new StringField(DOC, document.id(), Store.NO));
    doc.add(new Field(QUESTION, text(pair.question()), TEXT_WITH_OFFSETS));
    doc.add(new Field(ANSWER, text(pair.answer()), TEXT_WITH_OFFSETS));
    if (pair.topic() != null) {
      doc.add(new TextField(TOPIC, pair.topic(), Store.NO));
    }
    String party = pair.asker() == null ? null : pair.asker().party();
    if (party != null) {
      doc.add(new StringField(PARTY, partyKey(party), Store.NO));
      doc.add(new SortedDocValuesField(facet(PARTY), new BytesRef(party)));
    }
    if (pair.asker() != null) {
      for (String member : pair.asker().members()) {
        doc.add(new StringField(MEMBER, lower(member), Store.NO));
      }
    }
    if (document.kind() != null) {
      doc.add(new StringField(KIND, lower(document.kind()), Store.NO));
      doc.add(new SortedDocValuesField(facet(KIND), new BytesRef(document.kind())));
    }
    if (epochDay != null) {
      String year = document.date().substring(0, 4);
      doc.add(new LongPoint(DATE, epochDay));
      doc.add(new NumericDocValuesField(DATE_SORT, epochDay));
      doc.add(new StringField(YEAR, year, Store.NO));
      doc.add(new SortedDocValuesField(facet(YEAR), new BytesRef(year)));
    }
    if (document.committee() != null) {
      doc.add(new TextField(COMMITTEE, document.committee(), Store.NO));
    }
    if (document.responder() != null) {
      doc.add(new TextField(RESPONDER, document.responder(), Store.NO));
    }
    doc.add(new StoredField(STORED_DOCUMENT, documentJson));
    doc.add(new StoredField(STORED_PAIR, StoredJson.write(pair)));
    doc.add(new StoredField(STORED_ENRICHMENT, StoredJson.write(enrichedPair.enrichment())));
    return doc;
  }

  /** The document and pair of a pair's Lucene document, from its stored JSON. */
  static Stored read(StoredFields fields, int docId) throws IOException {
    var doc = fields.document(docId, STORED);
    Document document = StoredJson.read(doc.get(STORED_DOCUMENT), Document.class);
    Pair pair = StoredJson.read(doc.get(STORED_PAIR), Pair.class);
    Enrichment enrichment = StoredJson.read(doc.get(STORED_ENRICHMENT), Enrichment.class);
    return new Stored(document, new EnrichedPair(pair, enrichment));
  }

  record Stored(Document document, EnrichedPair pair) {}

  private static final Set<String> PAIR_ONLY = Set.of(STORED_PAIR);

  /** The texts of the named fields (question, answer) of a pair's Lucene document, from its stored JSON. */
  static CharSequence[] texts(StoredFields fields, int docId, String[] names) throws IOException {
    Pair pair = StoredJson.read(fields.document(docId, PAIR_ONLY).get(STORED_PAIR), Pair.class);
    CharSequence[] texts = new CharSequence[names.length];
    for (int i = 0; i < names.length; i++) {
      texts[i] = switch (names[i]) {
        case QUESTION -> text(pair.question());
        case ANSWER -> text(pair.answer());
        default -> throw new IllegalArgumentException("field " + names[i] + " has no stored text; highlight question or answer");
      };
    }
    return texts;
  }

  static Long epochDay(String date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date).toEpochDay();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
