package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.ParseResult;
import nl.vraagbaak.parse.Parser;
import org.junit.jupiter.api.Test;

class EnricherTest {

  /** All five seeds' pairs as one long document (their ids stay distinct), well over the parallel threshold. */
  private static ParseResult longDocument() {
    List<ParseResult> seeds = new ArrayList<>();
    for (String seed : Labeled.seeds()) {
      if (Extraction.of(Seeds.seed(seed)) instanceof Extraction.Read read) {
        seeds.add(Parser.parse(read.extracted()));
      }
    }
    List<Pair> pairs = new ArrayList<>();
    seeds.forEach(s -> pairs.addAll(s.pairs()));
    return new ParseResult(seeds.getFirst().document(), pairs, List.of(), List.of());
  }

  @Test
  void enrichesALongDocumentInTwoHalvesExactlyAsInOne() {
    ParseResult parsed = longDocument();
    assertThat(parsed.pairs()).hasSizeGreaterThan(Enricher.PARALLEL_FROM_PAIRS);
    Enriched inOne = Enricher.enrich(parsed, Integer.MAX_VALUE);
    Enriched inTwo = Enricher.enrich(parsed, 2);
    assertThat(inTwo).isEqualTo(inOne);
    assertThat(inOne.pairs().stream().filter(p -> !p.enrichment().commitments().isEmpty())).isNotEmpty();
    assertThat(inOne.pairs().stream().filter(p -> !p.enrichment().reusedFrom().isEmpty())).isNotEmpty();
  }

  @Test
  void preparesItsClassesOnAnotherThreadWithoutChangingAResult() throws InterruptedException {
    ParseResult parsed = longDocument();
    Enriched before = Enricher.enrich(parsed, Integer.MAX_VALUE);
    Thread preparing = Thread.ofPlatform().start(Enricher::prepare);
    Enriched during = Enricher.enrich(parsed);
    preparing.join();
    assertThat(during).isEqualTo(before);
  }
}
