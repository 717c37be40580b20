package nl.vraagbaak.store;

import java.util.Map;

/**
 * What the library holds. Maps are ordered: by count (largest first) except {@code perYear} (by year).
 * Pairs without a party, responder, date or kind are counted under {@link #UNKNOWN}.
 *
 * @param documents stored documents
 * @param pairs stored pairs
 * @param unanswered stored questions without an answer
 * @param perParty pairs per asking party
 * @param perResponder pairs per responder (of their document)
 * @param perYear pairs per year (of their document's date)
 * @param perKind pairs per document kind
 * @param perAnswerKind pairs per answer kind
 * @param answerKindsPerResponder responder → answer kind → pairs
 * @param answerKindsPerParty party → answer kind → pairs
 */
public record Stats(
    long documents,
    long pairs,
    long unanswered,
    Map<String, Long> perParty,
    Map<String, Long> perResponder,
    Map<String, Long> perYear,
    Map<String, Long> perKind,
    Map<String, Long> perAnswerKind,
    Map<String, Map<String, Long>> answerKindsPerResponder,
    Map<String, Map<String, Long>> answerKindsPerParty) {

  public static final String UNKNOWN = "onbekend";
}
