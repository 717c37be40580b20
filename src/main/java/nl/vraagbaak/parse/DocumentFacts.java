package nl.vraagbaak.parse;

import nl.vraagbaak.extract.Extracted;

/** The document's own facts (kind, title, date, committee, responder, reference) read from its text. */
final class DocumentFacts {

  private DocumentFacts() {}

  static Document of(Extracted extracted, Text text) {
    return new Document(extracted.id(), extracted.source(), extracted.format().label(), "onbekend", null, null, null, null, null);
  }
}
