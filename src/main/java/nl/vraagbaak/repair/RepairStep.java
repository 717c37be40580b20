package nl.vraagbaak.repair;

/** One job of undoing extraction damage. Steps are small, final and listed in {@link RepairChain}. */
interface RepairStep {

  Repaired apply(Repaired text);
}
