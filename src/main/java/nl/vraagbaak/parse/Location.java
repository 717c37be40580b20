package nl.vraagbaak.parse;

/** Where a pair was printed: its first and last line in the extracted text, and its first page (null if unknown). */
public record Location(int startLine, int endLine, Integer page) {}
