package nl.vraagbaak.parse;

import java.util.List;
import nl.vraagbaak.extract.Block;
import nl.vraagbaak.extract.Line;
import nl.vraagbaak.repair.Footnote;

/** What a layout gets to parse: repaired lines, the footnotes taken out of them, and declared structure if any. */
record Text(List<Line> lines, List<Footnote> footnotes, List<Block> blocks) {

  Text {
    lines = List.copyOf(lines);
    footnotes = List.copyOf(footnotes);
    blocks = List.copyOf(blocks);
  }
}
