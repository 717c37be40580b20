package nl.vraagbaak.parse;

import java.util.Comparator;
import java.util.List;

/** Every layout vraagbaak knows, in one place. The one that scores highest on a text parses it. */
final class Layouts {

  static final List<Layout> ALL =
      List.of(
          new LabeledLayout(),
          new NumberedLayout());

  private Layouts() {}

  static Layout choose(Text text) {
    return ALL.stream().max(Comparator.comparingDouble(layout -> layout.score(text))).filter(l -> l.score(text) > 0).orElse(null);
  }
}
