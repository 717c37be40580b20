package nl.vraagbaak.store;

import nl.vraagbaak.enrich.Commitment;

/**
 * A commitment (toezegging) as stored, with where it was made.
 *
 * @param pairId the pair whose answer makes it
 * @param documentId the document of that pair
 * @param documentDate that document's date (YYYY-MM-DD), or null
 * @param text the sentence that makes the promise
 * @param responder who promised, or null
 * @param deadline YYYY-MM-DD, or null
 * @param condition what it waits for, or null
 */
public record StoredCommitment(
    String pairId, String documentId, String documentDate, String text, String responder, String deadline, String condition) {

  public Commitment commitment() {
    return new Commitment(text, responder, deadline, condition);
  }
}
