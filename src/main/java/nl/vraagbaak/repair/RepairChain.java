package nl.vraagbaak.repair;

import java.util.List;
import nl.vraagbaak.extract.Extracted;

/** The repair chain: every step that undoes extraction damage, in the order they run. */
public final class RepairChain {

  private static final List<RepairStep> STEPS = List.of(new Whitespace(), new Ligatures());

  private RepairChain() {}

  public static Repaired repair(Extracted extracted) {
    Repaired text = new Repaired(extracted.lines(), List.of(), extracted.issues());
    for (RepairStep step : STEPS) {
      text = step.apply(text);
    }
    return text;
  }
}
