package nl.vraagbaak.parse;

/** A question printed without an answer (an inbreng, or a question the letter skipped). */
public record Unanswered(Asker asker, String question, Location location) {}
