package nl.vraagbaak.search;

/**
 * A query or filter that cannot be understood; the message names the offending part and what to write
 * instead, ready for one line on stderr or a 400 body.
 */
public record BadQuery(String message) implements SearchOutcome {}
