package nl.vraagbaak.enrich;

import java.util.List;

/**
 * What is derived from one pair beyond parsing: the contract's enrichment fields.
 *
 * @param references Kamerstukken, motions and other papers the pair cites
 * @param answerKind whether the answer answers
 * @param answerKindEvidence the sentence that decided the kind, or null
 * @param commitments promises made in the answer
 * @param reusedFrom ids of earlier pairs whose answer this one repeats
 * @param refersToPairs ids of the pairs of the same document this answer points to (its refersTo, resolved)
 */
public record Enrichment(
    List<Reference> references,
    AnswerKind answerKind,
    String answerKindEvidence,
    List<Commitment> commitments,
    List<String> reusedFrom,
    List<String> refersToPairs) {

  public Enrichment {
    references = List.copyOf(references);
    commitments = List.copyOf(commitments);
    reusedFrom = List.copyOf(reusedFrom);
    refersToPairs = List.copyOf(refersToPairs);
  }

  /** An enrichment without resolved cross-references (as stored before they existed). */
  public Enrichment(
      List<Reference> references, AnswerKind answerKind, String answerKindEvidence, List<Commitment> commitments, List<String> reusedFrom) {
    this(references, answerKind, answerKindEvidence, commitments, reusedFrom, List.of());
  }

  public Enrichment withReusedFrom(List<String> ids) {
    return new Enrichment(references, answerKind, answerKindEvidence, commitments, ids, refersToPairs);
  }
}
