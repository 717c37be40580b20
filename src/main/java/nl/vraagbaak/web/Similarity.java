package nl.vraagbaak.web;

import java.util.List;

/** Earlier pairs like a given one, for the pair page. */
final class Similarity {

  List<Views.Similar> toPair(String pairId, int limit) {
    return List.of();
  }
}
