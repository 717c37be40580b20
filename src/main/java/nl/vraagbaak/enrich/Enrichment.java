package nl.vraagbaak.enrich;

import java.util.List;

/**
 * What is derived from one pair beyond parsing: the contract's enrichment fields.
 *
 * @param references Kamerstukken, motions and other papers the answer cites
 * @param answerKind whether the answer answers
 * @param answerKindEvidence the sentence that decided the kind, or null
 * @param commitments promises made in the answer
 * @param reusedFrom ids of earlier pairs whose answer this one repeats
 */
public record Enrichment(
    List<Reference> references,
    AnswerKind answerKind,
    String answerKindEvidence,
    List<Commitment> commitments,
    List<String> reusedFrom) {

  public Enrichment {
    references = List.copyOf(references);
    commitments = List.copyOf(commitments);
    reusedFrom = List.copyOf(reusedFrom);
  }

  public Enrichment withReusedFrom(List<String> ids) {
    return new Enrichment(references, answerKind, answerKindEvidence, commitments, ids);
  }
}
