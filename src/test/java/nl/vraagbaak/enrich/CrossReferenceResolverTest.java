package nl.vraagbaak.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.parse.Asker;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Location;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.ParseResult;
import org.junit.jupiter.api.Test;

class CrossReferenceResolverTest {

  private static final Document LETTER =
      new Document("abcdef0123456789", "brief.txt", "txt", "kamervragen", null, "2026-02-10", null, "minister van Defensie", null);

  @Test
  void resolvesEveryPointerInTheSeedsToThePairsItNames() {
    Map<String, List<String>> expected = new HashMap<>();
    for (String[] row : Labeled.rows("crossrefs-seeds.tsv")) {
      String docId = Labeled.seed(row[0]).document().id();
      expected.put(docId + "." + row[1], Labeled.words(row[2]).stream().map(o -> docId + "." + o).toList());
    }
    int links = 0;
    for (String seed : Labeled.seeds()) {
      Enriched enriched = Labeled.seed(seed);
      for (EnrichedPair p : enriched.pairs()) {
        List<String> want = expected.getOrDefault(p.pair().id(), List.of());
        assertThat(p.enrichment().refersToPairs()).as("pair %s of seed %s", p.pair().ordinal(), seed).isEqualTo(want);
        links += want.size();
      }
      assertThat(enriched.issues()).extracting(Issue::message).noneMatch(m -> m.contains("points to"));
    }
    System.out.println("cross-references within documents: " + links + " of " + links + " seed pointers resolved, 0 wrong");
  }

  @Test
  void reportsAPointerToAQuestionThatDoesNotExist() {
    Enriched enriched = Enricher.enrich(document(
        pair(40, "Welke fregatten gaan naar de Oostzee?", "De Zr.Ms. Tromp vaart in maart uit naar de Oostzee."),
        pair(41, "Hoeveel fregatten zet Nederland in?", "Zie het antwoord op vraag 99.")));
    assertThat(enriched.pairs().get(1).enrichment().refersToPairs()).isEmpty();
    assertThat(enriched.issues()).extracting(Issue::message)
        .contains("answer to question 41 points to question 99, which does not exist");
  }

  @Test
  void reportsAPointerToAPairOnAnotherSubjectInsteadOfLinkingIt() {
    Enriched enriched = Enricher.enrich(document(
        pair(1, "Hoeveel kost de renovatie van het ambassadegebouw in Rabat?", "De renovatie kost EUR 12 miljoen en duurt twee jaar."),
        pair(2, "Welke fregatten zet Nederland in voor de Oostzee-missie?", "Zie het antwoord op vraag 1.")));
    assertThat(enriched.pairs().get(1).enrichment().refersToPairs()).isEmpty();
    assertThat(enriched.issues()).extracting(Issue::message).anyMatch(m -> m.contains("points to question 1, whose subject differs"));
  }

  @Test
  void resolvesAPointerByAskerToThatMembersQuestionOnTheSameSubject() {
    Enriched enriched = Enricher.enrich(document(
        asked("Van der Werf", "D66", "Hoe staat het met de opvang van Oekraïense studenten?", "Er studeren 2.000 Oekraïense studenten in Nederland."),
        asked("Van der Werf", "D66", "Wanneer komt het handelsverbod op producten uit nederzettingen?", "Het kabinet bereidt nationale maatregelen tegen producten uit nederzettingen voor."),
        asked("Teunissen", "PvdD", "Komt er een handelsverbod?", "Zie hiervoor ook het antwoord op de vraag van het lid Van der Werf (D66).")));
    assertThat(enriched.pairs().get(2).enrichment().refersToPairs()).containsExactly("abcdef0123456789.2");
  }

  @Test
  void resolvesAPointerToAFactionsQuestionByParty() {
    Enriched enriched = Enricher.enrich(document(
        asked(null, "VVD", "Hoeveel fregatten zet Nederland in bij de Oostzee-missie?", "Nederland zet twee fregatten in bij de Oostzee-missie."),
        asked(null, "D66", "Hoe staat het met de Oostzee-missie en de fregatten?", "Zie het antwoord op de vragen van de leden van de VVD-fractie.")));
    assertThat(enriched.pairs().get(1).enrichment().refersToPairs()).containsExactly("abcdef0123456789.1");
    assertThat(enriched.issues()).isEmpty();
  }

  @Test
  void leavesOutTheAnswersOwnNumberWhenOneAnswerServesSeveralQuestions() {
    Enriched enriched = Enricher.enrich(document(
        pair(1, "Wat is de inzet voor Groenland?", "In reactie op de vragen 1 en 2 over Groenland: Nederland draagt bij aan oefeningen."),
        pair(2, "Welke bijdrage levert Nederland aan de Groenland-missie?", "Zie het antwoord op vraag 1.")));
    assertThat(enriched.pairs().get(0).enrichment().refersToPairs()).containsExactly("abcdef0123456789.2");
    assertThat(enriched.pairs().get(1).enrichment().refersToPairs()).containsExactly("abcdef0123456789.1");
  }

  @Test
  void followsABareAnswerNumber() {
    Enriched enriched = Enricher.enrich(document(
        pair(8, "Hoe ziet het vredesplan eruit?", "Het vredesplan is nog niet bekend."),
        pair(9, "Welke rol krijgt de NAVO na een vredesplan?", "Zoals in antwoord 8 genoemd, is het vredesplan nog niet bekend.")));
    assertThat(enriched.pairs().get(1).enrichment().refersToPairs()).containsExactly("abcdef0123456789.1");
  }

  private static int ordinal;

  private static ParseResult document(Pair... pairs) {
    List<Pair> numbered = new ArrayList<>();
    for (int i = 0; i < pairs.length; i++) {
      Pair p = pairs[i];
      numbered.add(new Pair(LETTER.id() + "." + (i + 1), i + 1, p.numbers(), p.label(), p.asker(), null, p.question(), p.answer(),
          p.refersTo(), List.of(), new Location(10 * (i + 1), 10 * (i + 1) + 5, null)));
    }
    ordinal = 0;
    return new ParseResult(LETTER, numbered, List.of(), List.of());
  }

  private static Pair pair(int number, String question, String answer) {
    return new Pair("x", ++ordinal, List.of(number), "Vraag " + number, Asker.UNKNOWN, null, question, answer,
        pointers(answer), List.of(), new Location(1, 2, null));
  }

  private static Pair asked(String member, String party, String question, String answer) {
    Asker asker = member == null ? new Asker(party, List.of(), "de leden van de " + party + "-fractie")
        : new Asker(party, List.of(member), "het lid " + member + " (" + party + ")");
    return new Pair("x", ++ordinal, List.of(), null, asker, null,
        question, answer, List.of(), List.of(), new Location(1, 2, null));
  }

  /** The numbers the parser's refersTo would hold ("vraag 99", "de vragen 1 en 2"). */
  private static List<Integer> pointers(String answer) {
    List<Integer> numbers = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("vra(?:ag|gen) ((?:\\d+(?:, | en )?)+)").matcher(answer);
    while (m.find()) {
      for (String n : m.group(1).split("\\D+")) {
        if (!n.isEmpty()) {
          numbers.add(Integer.parseInt(n));
        }
      }
    }
    return numbers;
  }
}
