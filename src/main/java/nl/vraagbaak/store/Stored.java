package nl.vraagbaak.store;

import nl.vraagbaak.enrich.Enriched;

/**
 * A document as the library stored it.
 *
 * @param document the document with {@code reusedFrom} completed by the library
 * @param version its version number: grows with every store in the library
 */
public record Stored(Enriched document, long version) {}
