package nl.vraagbaak.search;

import java.util.List;
import java.util.Map;

/**
 * Hits of one search; as JSON, the contract's {@code search --format json} object.
 *
 * @param query the query as given
 * @param total how many pairs match (all pages); an estimate when {@code estimated}
 * @param hits the requested page, best first (or newest first)
 * @param facets per dimension (party, year, kind) the number of matching pairs per value; estimates when
 *     {@code estimated}
 * @param estimated whether total and facets are estimated from an evenly spread sample of the matches, which a
 *     search does above some tens of thousands of matches instead of counting every one
 */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, Map<String, Long>> facets, boolean estimated)
    implements SearchOutcome {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }
}
