package nl.vraagbaak.enrich;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.vraagbaak.parse.Pair;

/** A pair with its enrichment; as JSON, one object with the pair's fields followed by the enrichment's. */
public record EnrichedPair(@JsonUnwrapped Pair pair, @JsonUnwrapped Enrichment enrichment) {}
