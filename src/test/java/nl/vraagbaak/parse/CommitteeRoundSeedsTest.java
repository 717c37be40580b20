package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.extract.Extraction;
import org.junit.jupiter.api.Test;

/** The committee-round seeds 000–002 through the whole pipeline: counts and a sample of boundaries. */
class CommitteeRoundSeedsTest {

  static ParseResult parse(String seed) {
    return Parser.parse(((Extraction.Read) Extraction.of(Seeds.seed(seed))).extracted());
  }

  static Pair number(ParseResult result, int number) {
    return result.pairs().stream().filter(p -> p.numbers().equals(List.of(number))).findFirst().orElseThrow();
  }

  @Test
  void findsEveryNumberedAnswerOfTheNatoReport() {
    ParseResult result = parse("000");
    assertThat(result.pairs()).hasSize(52);
    assertThat(result.pairs()).extracting(p -> p.numbers().getFirst()).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 52).boxed().toList());
    assertThat(result.document().kind()).isEqualTo("schriftelijk-overleg");
    assertThat(result.document().committee()).isEqualTo("vaste commissie voor Buitenlandse Zaken");
  }

  @Test
  void endsAnAnswerWhereTheMembersSpeakAgain() {
    ParseResult result = parse("000");
    Pair second = number(result, 2);
    assertThat(second.question()).startsWith("Daarnaast vragen deze leden hoe de minister");
    assertThat(second.answer()).endsWith("over de 1,5% is aan het nieuwe kabinet.");
    assertThat(second.asker().party()).isEqualTo("D66");
    assertThat(second.topic()).isEqualTo("5% NAVO Norm");
    Pair ninth = number(result, 9);
    assertThat(ninth.question()).startsWith("Deze leden vinden dat het soevereiniteitsbeginsel");
    assertThat(number(result, 8).answer()).endsWith("duurzame vrede worden bereikt.").doesNotContain("soevereiniteitsbeginsel");
  }

  @Test
  void takesThePartyFromTheFactionHeader() {
    ParseResult result = parse("000");
    assertThat(number(result, 19).asker().party()).isEqualTo("GroenLinks-PvdA");
    assertThat(number(result, 19).topic()).isEqualTo("NAVO-norm");
    assertThat(number(result, 52).asker().party()).isEqualTo("SGP");
    assertThat(number(result, 52).answer()).endsWith("volgend jaar wel consensus te bereiken.").doesNotContain("Volledige agenda");
  }

  @Test
  void keepsAnAnswerWholeAcrossAPageBreak() {
    ParseResult result = parse("001");
    assertThat(result.pairs()).hasSize(21);
    assertThat(number(result, 3).question()).startsWith("Als laatst, vragen zij het kabinet");
    assertThat(number(result, 21).answer()).endsWith("contact met de gemeente Istanboel.");
    assertThat(result.pairs()).extracting(p -> p.asker().party()).containsOnly("VVD", "NSC", "D66", "Volt");
  }

  @Test
  void separatesQuestionsFromIndentedAnswersInATypesetKamerstuk() {
    ParseResult result = parse("002");
    assertThat(result.pairs()).hasSize(58);
    assertThat(number(result, 48).asker().party()).isEqualTo("Groep Van Haga");
    assertThat(number(result, 50).answer()).doesNotContain("moties indienen");
    assertThat(number(result, 51).asker().party()).isEqualTo("DENK");
    assertThat(result.document().reference()).isEqualTo("28676-396");
  }
}
