package nl.vraagbaak.repair;

import static nl.vraagbaak.repair.RepairTexts.text;
import static nl.vraagbaak.repair.RepairTexts.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.extract.Issue;
import org.junit.jupiter.api.Test;

class DuplicateBodyTest {

  private final DuplicateBody duplicate = new DuplicateBody();

  private static List<String> body(int lines) {
    List<String> body = new ArrayList<>();
    for (int i = 1; i <= lines; i++) {
      body.add("Vraag " + i + ": hoe staat het met onderdeel nummer " + i + " van het plan?");
    }
    return body;
  }

  @Test
  void keepsABodyPrintedTwiceOnce() {
    List<String> lines = new ArrayList<>(List.of("Ministerie van Defensie", ""));
    lines.addAll(body(30));
    lines.add("");
    lines.addAll(body(30).stream().map(l -> "  " + l.replace(" ", "  ")).toList()); // the copy is spaced differently
    Repaired repaired = duplicate.apply(text(lines.toArray(String[]::new)));
    assertThat(texts(repaired)).hasSize(33).endsWith("");
    assertThat(repaired.issues()).extracting(Issue::message).singleElement().asString().contains("printed twice").contains("line 34");
  }

  @Test
  void dropsTheCopysLetterheadAfterIt() {
    List<String> lines = new ArrayList<>(List.of("Ministerie van Defensie", "Retouradres Postbus 20701", ""));
    lines.addAll(body(30));
    lines.add("");
    lines.addAll(body(30));
    lines.addAll(List.of("", "Ministerie van Defensie", ""));
    Repaired repaired = duplicate.apply(text(lines.toArray(String[]::new)));
    assertThat(texts(repaired)).filteredOn("Ministerie van Defensie"::equals).hasSize(1);
    assertThat(texts(repaired).getLast()).isEmpty();
  }

  @Test
  void keepsTextThatFollowsTheCopy() {
    List<String> lines = new ArrayList<>(List.of("Ministerie van Defensie", ""));
    lines.addAll(body(30));
    lines.addAll(body(30));
    lines.add("Bijlage: overzicht van de leveringen per land");
    assertThat(texts(duplicate.apply(text(lines.toArray(String[]::new))))).endsWith("Bijlage: overzicht van de leveringen per land");
  }

  @Test
  void shortRepeatsStay() {
    List<String> lines = new ArrayList<>(body(40));
    for (int i = 0; i < 10; i++) {
      lines.add(5 * i, "Zie het antwoord op vraag 1.");
    }
    Repaired in = text(lines.toArray(String[]::new));
    assertThat(duplicate.apply(in)).isSameAs(in);
  }

  @Test
  void cheapTestNeverMissesACopyTheFullSearchFinds() {
    java.util.Random random = new java.util.Random(17);
    String[] words = {"de", "minister", "antwoord", "vraag", "kabinet", "steun", "Oekraïne", "2026", "?", "."};
    int copies = 0;
    for (int round = 0; round < 400; round++) {
      List<String> body = new ArrayList<>();
      for (int k = 20 + random.nextInt(60); k > 0; k--) {
        StringBuilder line = new StringBuilder();
        for (int w = 1 + random.nextInt(8); w > 0; w--) {
          line.append(random.nextInt(6) == 0 ? "  " : " ").append(words[random.nextInt(words.length)]);
        }
        body.add(line.toString());
      }
      List<String> text = new ArrayList<>(body);
      if (random.nextBoolean()) { // a second copy, respaced, from a random line on
        for (String line : body.subList(random.nextInt(body.size() / 2), body.size())) {
          text.add(" " + line.replace(" ", random.nextBoolean() ? "\t" : "  ") + " ");
        }
      }
      List<nl.vraagbaak.extract.Line> lines = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      List<String> normal = new ArrayList<>();
      for (int i = 0; i < text.size(); i++) {
        lines.add(new nl.vraagbaak.extract.Line(text.get(i), i + 1, 0));
        at.add(i);
        normal.add(DuplicateBody.normalise(text.get(i)));
      }
      if (DuplicateBody.secondCopy(normal) != null) {
        copies++;
        assertThat(DuplicateBody.mayHoldCopy(lines, at)).as("round %d", round).isTrue();
      }
    }
    assertThat(copies).as("rounds with a copy the full search finds").isGreaterThan(50);
  }
}
