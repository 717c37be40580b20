package nl.vraagbaak.enrich;

/**
 * A promise in an answer to do something towards the Kamer (a toezegging).
 *
 * @param text the sentence that makes the promise
 * @param responder who promised, e.g. "minister van Defensie", or null
 * @param deadline the date it is due as YYYY-MM-DD, or null where none is printed
 * @param condition the condition it waits for ("na vaststelling van …"), or null
 */
public record Commitment(String text, String responder, String deadline, String condition) {}
