package nl.vraagbaak.parse;

/**
 * One way of printing questions and answers. Layouts are registered in {@link Layouts}; adding a layout is adding one
 * class there and its fixtures.
 */
interface Layout {

  /** A short name for issues and debugging, e.g. "vraag-antwoord". */
  String name();

  /** How confidently this layout recognises the text: 0 not at all; higher wins. */
  double score(Text text);

  /** Cuts the text into pairs, unanswered questions and issues. */
  Parsed parse(Text text);
}
