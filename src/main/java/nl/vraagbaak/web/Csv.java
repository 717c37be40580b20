package nl.vraagbaak.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;

/** A document's pairs as CSV (RFC 4180), safe to open in a spreadsheet. */
final class Csv {

  static final List<String> HEADER = List.of(
      "pair_id", "document_id", "ordinal", "numbers", "label", "party", "members", "topic", "question", "answer",
      "answer_kind", "refers_to", "page", "document_date", "document_title", "responder");

  private Csv() {}

  static void write(Document document, List<EnrichedPair> pairs, Writer out) throws IOException {
    row(out, HEADER);
    for (EnrichedPair enriched : pairs) {
      Pair p = enriched.pair();
      row(out, List.of(
          p.id(), document.id(), String.valueOf(p.ordinal()), join(p.numbers()), nz(p.label()),
          nz(p.asker() == null ? null : p.asker().party()),
          p.asker() == null ? "" : String.join("; ", p.asker().members()),
          nz(p.topic()), nz(p.question()), nz(p.answer()),
          enriched.enrichment() == null || enriched.enrichment().answerKind() == null ? "" : enriched.enrichment().answerKind().label(),
          join(p.refersTo()), p.location() == null || p.location().page() == null ? "" : String.valueOf(p.location().page()),
          nz(document.date()), nz(document.title()), nz(document.responder())));
    }
  }

  private static void row(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** Quotes where needed; a leading =, +, @ or tab would make a spreadsheet run a formula, so it is defused. */
  static String field(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
        || safe.startsWith("'")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  private static String join(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining(" "));
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
