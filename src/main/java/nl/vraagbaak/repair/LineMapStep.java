package nl.vraagbaak.repair;

import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.extract.Line;

/** A step that rewrites each line on its own; provenance is kept by {@link Line#withText}. */
abstract class LineMapStep implements RepairStep {

  abstract String repair(String line);

  @Override
  public final Repaired apply(Repaired text) {
    List<Line> out = new ArrayList<>(text.lines().size());
    for (Line line : text.lines()) {
      String repaired = repair(line.text());
      out.add(repaired.equals(line.text()) ? line : line.withText(repaired));
    }
    return text.withLines(out);
  }
}
