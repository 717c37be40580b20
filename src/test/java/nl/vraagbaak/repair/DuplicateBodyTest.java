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
  void hashesALinesNormalFormWithoutBuildingIt() {
    String alphabet = "ab \t\n\u000b\f\r\u00a0\u2003\u001c.";
    java.util.Random random = new java.util.Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = line.toString();
      assertThat(DuplicateBody.normalHash(text)).as("\"%s\"", text).isEqualTo(DuplicateBody.normalise(text).hashCode());
    }
  }
}
