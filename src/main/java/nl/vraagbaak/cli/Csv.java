package nl.vraagbaak.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vraagbaak.enrich.Enrichment;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.store.StoredPair;

/**
 * One CSV row per pair with its document's fields (RFC 4180: CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled). Lists are joined with " | ".
 */
final class Csv {

  private record Column(String name, Function<StoredPair, Object> value) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("document_id", p -> d(p).id()),
      new Column("source", p -> d(p).source()),
      new Column("format", p -> d(p).format()),
      new Column("kind", p -> d(p).kind()),
      new Column("title", p -> d(p).title()),
      new Column("date", p -> d(p).date()),
      new Column("committee", p -> d(p).committee()),
      new Column("responder", p -> d(p).responder()),
      new Column("reference", p -> d(p).reference()),
      new Column("pair_id", p -> q(p).id()),
      new Column("ordinal", p -> q(p).ordinal()),
      new Column("numbers", p -> join(q(p).numbers())),
      new Column("label", p -> q(p).label()),
      new Column("party", p -> q(p).asker() == null ? null : q(p).asker().party()),
      new Column("members", p -> q(p).asker() == null ? null : join(q(p).asker().members())),
      new Column("asker", p -> q(p).asker() == null ? null : q(p).asker().text()),
      new Column("topic", p -> q(p).topic()),
      new Column("question", p -> q(p).question()),
      new Column("answer", p -> q(p).answer()),
      new Column("refers_to", p -> join(q(p).refersTo())),
      new Column("footnotes", p -> join(q(p).footnotes())),
      new Column("start_line", p -> q(p).location() == null ? null : q(p).location().startLine()),
      new Column("end_line", p -> q(p).location() == null ? null : q(p).location().endLine()),
      new Column("page", p -> q(p).location() == null ? null : q(p).location().page()),
      new Column("answer_kind", p -> e(p).answerKind() == null ? null : e(p).answerKind().label()),
      new Column("answer_kind_evidence", p -> e(p).answerKindEvidence()),
      new Column("references", p -> join(e(p).references().stream().map(r -> r.id()).toList())),
      new Column("commitments", p -> join(e(p).commitments().stream()
          .map(c -> c.deadline() == null ? c.text() : c.text() + " [" + c.deadline() + "]").toList())),
      new Column("reused_from", p -> join(e(p).reusedFrom())));

  private Csv() {}

  static String header() {
    return COLUMNS.stream().map(Column::name).collect(Collectors.joining(",")) + "\r\n";
  }

  static String row(StoredPair pair) {
    List<String> fields = new ArrayList<>(COLUMNS.size());
    for (Column column : COLUMNS) {
      Object value = column.value().apply(pair);
      fields.add(field(value == null ? "" : value.toString()));
    }
    return String.join(",", fields) + "\r\n";
  }

  static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static Document d(StoredPair pair) {
    return pair.document();
  }

  private static Pair q(StoredPair pair) {
    return pair.pair().pair();
  }

  private static Enrichment e(StoredPair pair) {
    return pair.pair().enrichment();
  }

  private static String join(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(" | "));
  }
}
