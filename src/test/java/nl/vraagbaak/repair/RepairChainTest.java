package nl.vraagbaak.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.extract.Extracted;
import nl.vraagbaak.extract.Extraction;
import nl.vraagbaak.extract.Line;
import org.junit.jupiter.api.Test;

class RepairChainTest {

  @Test
  void everyRepairedLineKeepsTheSourceLineAndPageItCameFrom() {
    for (String seed : new String[] {"000", "003", "004"}) {
      Extracted extracted = ((Extraction.Read) Extraction.of(Seeds.seed(seed))).extracted();
      Map<Integer, Integer> pageOf = new HashMap<>();
      extracted.lines().forEach(line -> pageOf.put(line.sourceLine(), line.page()));
      Repaired repaired = RepairChain.repair(extracted);
      assertThat(repaired.lines()).as("seed %s", seed).isNotEmpty()
          .allSatisfy(line -> assertThat(pageOf).as("line %d of seed %s", line.sourceLine(), seed).containsEntry(line.sourceLine(), line.page()));
      assertThat(repaired.lines()).extracting(Line::sourceLine).as("seed %s in source order", seed).isSorted();
    }
  }

  @Test
  void aBodyPrintedTwiceIsReportedOnce() {
    Extracted extracted = ((Extraction.Read) Extraction.of(Seeds.seed("003"))).extracted();
    assertThat(RepairChain.repair(extracted).issues()).filteredOn(issue -> issue.message().contains("printed twice")).hasSize(1);
  }
}
