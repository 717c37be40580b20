package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.extract.Extracted;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.repair.RepairChain;
import nl.vraagbaak.repair.Repaired;

/** From extracted text to pairs: repair, choose the layout, cut, then assemble the contract's values. */
public final class Parser {

  /** Changes whenever parsing changes what it makes of a document, so that a library re-parses its documents. */
  public static final String VERSION = "2026-11-23.8";

  private Parser() {}

  public static ParseResult parse(Extracted extracted) {
    Repaired repaired = RepairChain.repair(extracted);
    Text text = new Text(repaired.lines(), repaired.footnotes(), extracted.blocks());
    List<Issue> issues = new ArrayList<>(repaired.issues());
    Layout layout = Layouts.choose(text);
    Parsed parsed = layout == null ? new Parsed(List.of(), List.of()) : layout.parse(text);
    issues.addAll(parsed.issues());
    Document document = DocumentFacts.of(extracted, text, parsed);
    return Assembly.assemble(document, parsed.drafts(), text.footnotes(), issues);
  }
}
