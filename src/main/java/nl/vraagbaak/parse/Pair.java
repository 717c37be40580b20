package nl.vraagbaak.parse;

import java.util.List;

/**
 * One question and its answer, as the contract describes it.
 *
 * @param id "documentId.ordinal"
 * @param ordinal 1-based position in the document
 * @param numbers printed question numbers; empty when unnumbered
 * @param label the label as printed ("Vraag 12"), or null
 * @param asker who asked
 * @param topic the nearest topic heading, or null
 * @param question repaired question text, paragraphs separated by a blank line
 * @param answer repaired answer text, paragraphs separated by a blank line
 * @param refersTo question numbers the answer points to
 * @param footnotes texts of the footnotes whose markers the pair carries
 * @param location where the pair was printed
 */
public record Pair(
    String id,
    int ordinal,
    List<Integer> numbers,
    String label,
    Asker asker,
    String topic,
    String question,
    String answer,
    List<Integer> refersTo,
    List<String> footnotes,
    Location location) {

  public Pair {
    numbers = List.copyOf(numbers);
    refersTo = List.copyOf(refersTo);
    footnotes = List.copyOf(footnotes);
  }
}
