package nl.vraagbaak.cli;

import java.util.stream.Collectors;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.ParseResult;
import nl.vraagbaak.parse.Unanswered;

/** A parse result as readable Markdown. */
final class Markdown {

  private Markdown() {}

  static String of(ParseResult result) {
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
    for (Pair p : result.pairs()) {
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

  private static void field(StringBuilder md, String name, String value) {
    if (value != null) {
      md.append("- **").append(name).append("**: ").append(value).append('\n');
    }
  }

  private static String quote(String text) {
    return text.lines().map(l -> "> " + l).collect(Collectors.joining("\n"));
  }
}
