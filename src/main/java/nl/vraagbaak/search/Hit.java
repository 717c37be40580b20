package nl.vraagbaak.search;

import java.util.Map;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.parse.Document;

/**
 * One matching pair with its document.
 *
 * @param highlights "question" and "answer" snippets, HTML-escaped, matches wrapped in &lt;mark&gt;
 */
public record Hit(double score, Document document, EnrichedPair pair, Map<String, String> highlights) {}
