package nl.vraagbaak.parse;

import java.util.List;

/** Every layout vraagbaak knows, in one place. The one that scores highest on a text parses it. */
final class Layouts {

  static final List<Layout> ALL =
      List.of(
          new BlockLayout(),
          new CommitteeRoundLayout(),
          new LabeledLayout(),
          new NumberedLayout(),
          new DebateTableLayout(),
          new ToldQuestionsLayout(),
          new RepliedPartsLayout(),
          new InbrengLayout());

  private Layouts() {}

  static Layout choose(Text text) {
    Layout best = null;
    double bestScore = 0;
    for (Layout layout : ALL) {
      double score = layout.score(text);
      if (score > bestScore) {
        best = layout;
        bestScore = score;
      }
    }
    return best;
  }
}
