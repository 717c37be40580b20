package nl.vraagbaak.extract;

import java.util.List;

/**
 * A piece of a document whose role the source format states outright (as the XML of
 * officielebekendmakingen does with {@code <vraag>} and {@code <antwoord>}), so the parser need not guess it.
 *
 * @param kind what the piece is
 * @param label the printed label such as "Vraag 1", or null
 * @param lines the piece's text lines
 */
public record Block(Kind kind, String label, List<Line> lines) {

  public enum Kind {
    TITLE,
    HEADING,
    QUESTION,
    ANSWER,
    FOOTNOTE,
    TEXT
  }

  public Block {
    lines = List.copyOf(lines);
  }
}
