package nl.vraagbaak.store;

import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.parse.Document;

/** A stored pair with the facts of the document it came from. */
public record StoredPair(Document document, EnrichedPair pair) {}
