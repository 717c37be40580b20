package nl.vraagbaak.cli;

import java.util.List;
import nl.vraagbaak.enrich.Commitment;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enrichment;
import nl.vraagbaak.enrich.Reference;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.parse.Asker;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Location;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.Unanswered;
import nl.vraagbaak.store.StoredPair;

/**
 * The contract's JSON of an {@link Enriched} (and of a {@link StoredPair}) written by hand, byte for byte as
 * {@link Json} (Jackson) writes it: compact, or Jackson's default pretty printer ({@code "key" : value}, arrays on one
 * line as {@code [ a, b ]}, {@code [ ]} when empty, two spaces per object level), nulls kept, strings escaped as
 * Jackson does (quote, backslash, {@code \b \t \n \f \r}, other control characters as {@code \}{@code u00XX}; no
 * other character escaped). Why: in a short {@code parse} run Jackson's first use (introspecting every record, loading
 * and interpreting its serialisers) costs more than the writing itself.
 *
 * <p>The fields are named here one by one, so a component added to one of these records later would be missing from
 * this output while Jackson prints it: {@code ContractJsonTest} compares both writers over the seeds, every parse
 * fixture and held-out document and thousands of mangled seeds, and fails then. Add the field here in record order.
 */
final class ContractJson {

  private static final String NEWLINE = System.lineSeparator();

  private final StringBuilder out;
  private final boolean pretty;
  private int depth;
  private boolean first;

  private ContractJson(int capacity, boolean pretty) {
    this.out = new StringBuilder(capacity);
    this.pretty = pretty;
  }

  static String compact(Enriched enriched) {
    return new ContractJson(capacity(enriched, false), false).enriched(enriched).toString();
  }

  static String pretty(Enriched enriched) {
    return new ContractJson(capacity(enriched, true), true).enriched(enriched).toString();
  }

  static String compact(StoredPair pair) {
    return new ContractJson(1024, false).storedPair(pair).toString();
  }

  static String pretty(StoredPair pair) {
    return new ContractJson(1024, true).storedPair(pair).toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Most of the output is the pairs' texts: room for them and the fields around them, so the builder rarely grows. */
  private static int capacity(Enriched enriched, boolean pretty) {
    long chars = 1024;
    for (EnrichedPair pair : enriched.pairs()) {
      Pair p = pair.pair();
      chars += 768 + (p == null ? 0 : length(p.question()) + length(p.answer()));
    }
    for (Unanswered u : enriched.unanswered()) {
      chars += 256 + (u == null ? 0 : length(u.question()));
    }
    return (int) Math.min(chars + chars / (pretty ? 4 : 16), Integer.MAX_VALUE - 16);
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  // ---- the contract's objects, fields in record order ----

  private ContractJson enriched(Enriched e) {
    open();
    key("document");
    document(e.document());
    key("pairs");
    if (begin(e.pairs())) {
      for (int i = 0; i < e.pairs().size(); i++) {
        separate(i);
        enrichedPair(e.pairs().get(i));
      }
      end();
    }
    key("unanswered");
    if (begin(e.unanswered())) {
      for (int i = 0; i < e.unanswered().size(); i++) {
        separate(i);
        unanswered(e.unanswered().get(i));
      }
      end();
    }
    key("issues");
    if (begin(e.issues())) {
      for (int i = 0; i < e.issues().size(); i++) {
        separate(i);
        issue(e.issues().get(i));
      }
      end();
    }
    close();
    return this;
  }

  private ContractJson storedPair(StoredPair s) {
    open();
    key("document");
    document(s.document());
    key("pair");
    if (s.pair() == null) {
      out.append("null");
    } else {
      enrichedPair(s.pair());
    }
    close();
    return this;
  }

  private void document(Document d) {
    if (d == null) {
      out.append("null");
      return;
    }
    open();
    field("id", d.id());
    field("source", d.source());
    field("format", d.format());
    field("kind", d.kind());
    field("title", d.title());
    field("date", d.date());
    field("committee", d.committee());
    field("responder", d.responder());
    field("reference", d.reference());
    close();
  }

  /** One object: the pair's fields, then the enrichment's (Jackson's @JsonUnwrapped leaves out a null part). */
  private void enrichedPair(EnrichedPair e) {
    if (e == null) {
      out.append("null");
      return;
    }
    open();
    if (e.pair() != null) {
      pairFields(e.pair());
    }
    if (e.enrichment() != null) {
      enrichmentFields(e.enrichment());
    }
    close();
  }

  private void pairFields(Pair p) {
    field("id", p.id());
    key("ordinal");
    out.append(p.ordinal());
    key("numbers");
    integers(p.numbers());
    field("label", p.label());
    key("asker");
    asker(p.asker());
    field("topic", p.topic());
    field("question", p.question());
    field("answer", p.answer());
    key("refersTo");
    integers(p.refersTo());
    key("footnotes");
    strings(p.footnotes());
    key("location");
    location(p.location());
  }

  private void enrichmentFields(Enrichment e) {
    key("references");
    if (begin(e.references())) {
      for (int i = 0; i < e.references().size(); i++) {
        separate(i);
        reference(e.references().get(i));
      }
      end();
    }
    field("answerKind", e.answerKind() == null ? null : e.answerKind().label());
    field("answerKindEvidence", e.answerKindEvidence());
    key("commitments");
    if (begin(e.commitments())) {
      for (int i = 0; i < e.commitments().size(); i++) {
        separate(i);
        commitment(e.commitments().get(i));
      }
      end();
    }
    key("reusedFrom");
    strings(e.reusedFrom());
    key("refersToPairs");
    strings(e.refersToPairs());
  }

  private void asker(Asker a) {
    if (a == null) {
      out.append("null");
      return;
    }
    open();
    field("party", a.party());
    key("members");
    strings(a.members());
    field("text", a.text());
    close();
  }

  private void location(Location l) {
    if (l == null) {
      out.append("null");
      return;
    }
    open();
    key("startLine");
    out.append(l.startLine());
    key("endLine");
    out.append(l.endLine());
    key("page");
    if (l.page() == null) {
      out.append("null");
    } else {
      out.append(l.page().intValue());
    }
    close();
  }

  private void unanswered(Unanswered u) {
    if (u == null) {
      out.append("null");
      return;
    }
    open();
    key("asker");
    asker(u.asker());
    field("question", u.question());
    key("location");
    location(u.location());
    close();
  }

  private void issue(Issue i) {
    if (i == null) {
      out.append("null");
      return;
    }
    open();
    field("severity", i.severity());
    field("message", i.message());
    key("line");
    out.append(i.line());
    close();
  }

  private void reference(Reference r) {
    if (r == null) {
      out.append("null");
      return;
    }
    open();
    field("id", r.id());
    field("text", r.text());
    field("url", r.url());
    close();
  }

  private void commitment(Commitment c) {
    if (c == null) {
      out.append("null");
      return;
    }
    open();
    field("text", c.text());
    field("responder", c.responder());
    field("deadline", c.deadline());
    field("condition", c.condition());
    close();
  }

  private void integers(List<Integer> values) {
    if (begin(values)) {
      for (int i = 0; i < values.size(); i++) {
        separate(i);
        Integer value = values.get(i);
        if (value == null) {
          out.append("null");
        } else {
          out.append(value.intValue());
        }
      }
      end();
    }
  }

  private void strings(List<String> values) {
    if (begin(values)) {
      for (int i = 0; i < values.size(); i++) {
        separate(i);
        string(values.get(i));
      }
      end();
    }
  }

  // ---- layout: Jackson's DefaultPrettyPrinter, or nothing ----

  private void open() {
    out.append('{');
    depth++;
    first = true;
  }

  /** Every object written here has fields, so the closing brace always goes on its own line when pretty. */
  private void close() {
    depth--;
    if (pretty) {
      indent();
    }
    out.append('}');
    first = false;
  }

  private void key(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    if (pretty) {
      indent();
      out.append('"').append(name).append("\" : ");
    } else {
      out.append('"').append(name).append("\":");
    }
  }

  private void field(String name, String value) {
    key(name);
    string(value);
  }

  /** Opens an array and says whether it has values to write; writes a null or empty array whole. */
  private boolean begin(List<?> values) {
    if (values == null) {
      out.append("null");
      return false;
    }
    if (values.isEmpty()) {
      out.append(pretty ? "[ ]" : "[]");
      return false;
    }
    out.append(pretty ? "[ " : "[");
    return true;
  }

  private void separate(int index) {
    if (index > 0) {
      out.append(pretty ? ", " : ",");
    }
  }

  /** Arrays stay on one line (Jackson's FixedSpaceIndenter): they do not add an indentation level. */
  private void end() {
    out.append(pretty ? " ]" : "]");
    first = false;
  }

  private void indent() {
    out.append(NEWLINE);
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  // ---- strings, escaped as Jackson's default CharacterEscapes ----

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private void string(String s) {
    if (s == null) {
      out.append("null");
      return;
    }
    out.append('"');
    int plain = 0;
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(s, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    out.append(s, plain, length).append('"');
  }
}
