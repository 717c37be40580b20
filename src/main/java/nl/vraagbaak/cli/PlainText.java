package nl.vraagbaak.cli;

import java.util.List;
import nl.vraagbaak.enrich.Commitment;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enrichment;
import nl.vraagbaak.enrich.Reference;
import nl.vraagbaak.parse.Asker;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.store.StoredPair;

/** Stored pairs and documents as plain text for the terminal. */
final class PlainText {

  private PlainText() {}

  static String of(StoredPair stored) {
    StringBuilder text = new StringBuilder();
    document(text, stored.document());
    text.append('\n');
    pair(text, stored.pair());
    return text.toString();
  }

  static String of(Enriched enriched) {
    StringBuilder text = new StringBuilder();
    document(text, enriched.document());
    text.append("pairs:     ").append(enriched.pairs().size()).append('\n');
    for (EnrichedPair pair : enriched.pairs()) {
      text.append('\n');
      pair(text, pair);
    }
    if (!enriched.unanswered().isEmpty()) {
      text.append("\nunanswered questions: ").append(enriched.unanswered().size()).append('\n');
      enriched.unanswered().forEach(u -> text.append("\n").append(indent(u.question())).append('\n'));
    }
    return text.toString();
  }

  private static void document(StringBuilder text, Document d) {
    text.append(d.title() == null ? d.source() : d.title()).append('\n');
    field(text, "document", d.id());
    field(text, "source", d.source() + " (" + d.format() + ")");
    field(text, "kind", d.kind());
    field(text, "date", d.date());
    field(text, "committee", d.committee());
    field(text, "responder", d.responder());
    field(text, "reference", d.reference());
  }

  private static void pair(StringBuilder text, EnrichedPair enriched) {
    Pair p = enriched.pair();
    text.append("── ").append(p.id()).append("  ").append(p.label() == null ? "vraag " + p.ordinal() : p.label()).append('\n');
    field(text, "asker", asker(p.asker()));
    field(text, "topic", p.topic());
    if (p.location() != null) {
      field(text, "location", "lines " + p.location().startLine() + "–" + p.location().endLine()
          + (p.location().page() == null ? "" : ", page " + p.location().page()));
    }
    text.append("question:\n").append(indent(p.question())).append('\n');
    text.append("answer:\n").append(indent(p.answer())).append('\n');
    if (!p.refersTo().isEmpty()) {
      field(text, "refers to", "questions " + p.refersTo());
    }
    p.footnotes().forEach(note -> field(text, "footnote", note));
    Enrichment e = enriched.enrichment();
    if (e.answerKind() != null) {
      field(text, "answer kind", e.answerKind().label() + (e.answerKindEvidence() == null ? "" : ": " + e.answerKindEvidence()));
    }
    for (Reference reference : e.references()) {
      field(text, "cites", reference.id() + " (" + reference.text() + ")" + (reference.url() == null ? "" : " " + reference.url()));
    }
    for (Commitment commitment : e.commitments()) {
      field(text, "commitment", commitment.text() + (commitment.deadline() == null ? "" : " [due " + commitment.deadline() + "]"));
    }
    if (!e.reusedFrom().isEmpty()) {
      field(text, "reused from", String.join(", ", e.reusedFrom()));
    }
  }

  private static String asker(Asker asker) {
    if (asker == null) {
      return null;
    }
    String members = String.join(", ", asker.members());
    if (asker.party() == null) {
      return members.isEmpty() ? asker.text() : members;
    }
    return members.isEmpty() ? asker.party() : members + " (" + asker.party() + ")";
  }

  private static void field(StringBuilder text, String name, String value) {
    if (value != null) {
      text.append(name).append(':').append(" ".repeat(Math.max(1, 11 - name.length()))).append(value).append('\n');
    }
  }

  private static String indent(String paragraphs) {
    return paragraphs == null ? "    (none)" : String.join("\n", List.of(paragraphs.split("\n", -1)).stream().map(l -> l.isEmpty() ? "" : "    " + l).toList());
  }
}
