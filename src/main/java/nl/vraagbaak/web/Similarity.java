package nl.vraagbaak.web;

import java.util.List;
import nl.vraagbaak.search.PairIndex;

/** Earlier pairs like a given one, for the pair page. */
final class Similarity {

  private final PairIndex index;

  Similarity(PairIndex index) {
    this.index = index;
  }

  List<Views.Similar> toPair(String pairId, int limit) {
    return index.similarToPair(pairId, limit).map(result -> result.similar().stream()
        .map(s -> new Views.Similar(
            s.pair().pair().id(),
            Labels.pairTitle(s.pair().pair()) + " · " + Labels.asker(s.pair().pair().asker()),
            s.document().date(),
            Labels.documentTitle(s.document()),
            pairId.startsWith(s.document().id() + "."),
            Labels.excerpt(s.pair().pair().question(), 320),
            Labels.excerpt(s.pair().pair().answer(), 420),
            s.score()))
        .toList()).orElse(List.of());
  }
}
