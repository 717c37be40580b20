package nl.vraagbaak.enrich;

/**
 * A pointer from an answer to a parliamentary paper outside the document.
 *
 * @param id canonical id, e.g. "kst-36045-267" for Kamerstuk 36 045, nr. 267
 * @param text the words as printed
 * @param url the official publication, or null where none can be derived
 */
public record Reference(String id, String text, String url) {}
