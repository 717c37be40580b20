package nl.vraagbaak.search;

import java.util.List;
import java.util.Locale;
import nl.vraagbaak.parse.Parties;

/** Field names of the index and how filter values are normalised, shared by writing and querying. */
final class Fields {

  static final String TYPE = "type";
  static final String TYPE_PAIR = "pair";
  static final String TYPE_DOCUMENT = "document";
  static final String ID = "id";
  static final String DOC = "doc";
  static final String VERSION = "version";
  static final String QUESTION = "question";
  static final String ANSWER = "answer";
  static final String TOPIC = "topic";
  static final String PARTY = "party";
  static final String MEMBER = "member";
  static final String KIND = "kind";
  static final String YEAR = "year";
  static final String DATE = "date";
  static final String DATE_SORT = "date_sort";
  static final String COMMITTEE = "committee";
  static final String RESPONDER = "responder";
  static final String STORED_DOCUMENT = "json_document";
  static final String STORED_PAIR = "json_pair";
  static final String STORED_ENRICHMENT = "json_enrichment";
  /** Facet dimensions, each a sorted doc-values field "facet_" + dimension. */
  static final List<String> FACETS = List.of(PARTY, YEAR, KIND);

  private Fields() {}

  static String facet(String dimension) {
    return "facet_" + dimension;
  }

  /** "GL-PvdA", "groenlinks-pvda" and "GroenLinks-PvdA" are one party. */
  static String partyKey(String party) {
    String canonical = Parties.canonical(party);
    return lower(canonical != null ? canonical : party);
  }

  static String lower(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
