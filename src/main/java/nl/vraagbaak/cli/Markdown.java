package nl.vraagbaak.cli;

import java.util.List;
import java.util.stream.Collectors;
import nl.vraagbaak.enrich.AnswerKind;
import nl.vraagbaak.enrich.Commitment;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enrichment;
import nl.vraagbaak.enrich.Reference;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.ParseResult;
import nl.vraagbaak.parse.Unanswered;

/** A parse result as readable Markdown, with the enrichment of each pair in brief where there is one. */
final class Markdown {

  private Markdown() {}

  /** The document with each pair's enrichment in brief: answer kind, promises, references, pointers, reuse. */
  static String of(Enriched enriched) {
    return of(enriched.parsed(), enriched.pairs().stream().map(EnrichedPair::enrichment).toList());
  }

  static String of(ParseResult result) {
    return of(result, null);
  }

  private static String of(ParseResult result, List<Enrichment> enrichments) {
    Document d = result.document();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(d.title() == null ? d.source() : d.title()).append("\n\n");
    field(md, "Bron", d.source() + " (" + d.format() + ", id " + d.id() + ")");
    field(md, "Soort", d.kind());
    field(md, "Datum", d.date());
    field(md, "Commissie", d.committee());
    field(md, "Beantwoord door", d.responder());
    field(md, "Kamerstuk", d.reference());
    md.append('\n');
    for (int i = 0; i < result.pairs().size(); i++) {
      Pair p = result.pairs().get(i);
      md.append("## ").append(p.label() == null ? "Vraag " + p.ordinal() : p.label());
      if (p.asker().party() != null) {
        md.append(" (").append(p.asker().party()).append(')');
      }
      md.append("\n\n");
      if (p.topic() != null) {
        md.append("*").append(p.topic()).append("*\n\n");
      }
      md.append(quote(p.question())).append("\n\n");
      md.append("**Antwoord**\n\n").append(p.answer()).append("\n\n");
      for (String note : p.footnotes()) {
        md.append("- Voetnoot: ").append(note).append('\n');
      }
      if (enrichments != null) {
        enrichment(md, enrichments.get(i));
      }
      md.append("<sub>regels ").append(p.location().startLine()).append('–').append(p.location().endLine());
      if (p.location().page() != null) {
        md.append(", pagina ").append(p.location().page());
      }
      md.append("</sub>\n\n");
    }
    if (!result.unanswered().isEmpty()) {
      md.append("## Onbeantwoorde vragen\n\n");
      for (Unanswered u : result.unanswered()) {
        md.append(quote(u.question())).append("\n\n");
      }
    }
    return md.toString();
  }

  private static void enrichment(StringBuilder md, Enrichment e) {
    if (e.answerKind() != null && e.answerKind() != AnswerKind.ANSWERED) {
      md.append("- Soort antwoord: ").append(e.answerKind().label());
      if (e.answerKindEvidence() != null) {
        md.append(" (\u201c").append(e.answerKindEvidence()).append("\u201d)");
      }
      md.append('\n');
    }
    for (Commitment c : e.commitments()) {
      md.append("- Toezegging");
      if (c.deadline() != null) {
        md.append(", uiterlijk ").append(c.deadline());
      } else if (c.condition() != null) {
        md.append(", ").append(c.condition());
      }
      md.append(": ").append(c.text()).append('\n');
    }
    if (!e.references().isEmpty()) {
      md.append("- Verwijst naar: ").append(e.references().stream().map(Markdown::reference).collect(Collectors.joining(", "))).append('\n');
    }
    if (!e.refersToPairs().isEmpty()) {
      md.append("- Zie ook: ").append(String.join(", ", e.refersToPairs())).append('\n');
    }
    if (!e.reusedFrom().isEmpty()) {
      md.append("- Herhaalt het antwoord van: ").append(String.join(", ", e.reusedFrom())).append('\n');
    }
  }

  private static String reference(Reference r) {
    return r.url() == null ? r.id() : "[" + r.id() + "](" + r.url() + ")";
  }

  private static void field(StringBuilder md, String name, String value) {
    if (value != null) {
      md.append("- **").append(name).append("**: ").append(value).append('\n');
    }
  }

  private static String quote(String text) {
    return text.lines().map(l -> "> " + l).collect(Collectors.joining("\n"));
  }
}
