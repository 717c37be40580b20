package nl.vraagbaak.repair;

import java.util.List;
import nl.vraagbaak.extract.Extracted;

/** The repair chain: every step that undoes extraction damage, in the order they run. */
public final class RepairChain {

  /**
   * The order matters:
   *
   * <ol>
   *   <li>Whitespace and Ligatures first: every later step compares and looks up text, and needs one kind of space and
   *       whole words ("eƯectief" is no word to find in a dictionary).
   *   <li>ConversionMarkers before anything that looks at lines: a footnote text "[2: …]" would otherwise be taken
   *       for text, and image markers break the repeats that DuplicateBody looks for.
   *   <li>PageFurniture before DuplicateBody: the two copies of a body only compare equal line by line once running
   *       headers and page numbers, which differ between them, are gone.
   *   <li>DuplicateBody before the page steps, so that they work once; it also drops the footnotes that
   *       ConversionMarkers took from the second copy.
   *   <li>PageFootnotes before PageBreaks: footnote blocks are recognised by the page break after them, and a
   *       sentence that runs over a page only becomes one again once the footnotes between its halves are gone.
   *   <li>Hyphenation last: a word split over a page ("organi-" … "saties") has its halves on adjacent lines only after
   *       PageFootnotes and PageBreaks.
   * </ol>
   */
  static final List<RepairStep> STEPS =
      List.of(
          new Whitespace(),
          new Ligatures(),
          new ConversionMarkers(),
          new PageFurniture(),
          new DuplicateBody(),
          new PageFootnotes(),
          new PageBreaks(),
          new Hyphenation());

  private RepairChain() {}

  public static Repaired repair(Extracted extracted) {
    Repaired text = new Repaired(extracted.lines(), List.of(), extracted.issues());
    for (RepairStep step : STEPS) {
      text = step.apply(text);
    }
    return text;
  }
}
