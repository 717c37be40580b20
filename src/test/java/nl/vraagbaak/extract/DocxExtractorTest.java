package nl.vraagbaak.extract;

import static nl.vraagbaak.extract.Fixtures.read;
import static nl.vraagbaak.extract.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxExtractorTest {

  @TempDir Path dir;

  @Test
  void footnoteReferenceStaysInPlaceAndItsTextFollowsTheParagraph() throws IOException {
    Extracted extracted = read(Fixtures.docxWithFootnoteAndTable(dir.resolve("noot.docx")));
    assertThat(extracted.format()).isEqualTo(Format.DOCX);
    String question = texts(extracted).get(1);
    assertThat(question)
        .matches("Kunt u aangeven hoeveel gemeenten de regeling toepassen\\?\\[footnoteRef:(\\d+)\\] Graag een overzicht per provincie\\. *\\[\\1: +Kamerstuk 12345, nr\\. 6\\] *");
  }

  @Test
  void readsParagraphsAndTableCellsInBodyOrder() throws IOException {
    Extracted extracted = read(Fixtures.docxWithFootnoteAndTable(dir.resolve("tabel.docx")));
    assertThat(texts(extracted))
        .containsSubsequence(
            "Vraag 1", "", "Vraag 2", "Welke termijn geldt voor de evaluatie?", "Antwoord 2", "De evaluatie volgt binnen twee jaar.", "Slotzin na de tabel.");
    assertThat(extracted.lines()).allMatch(line -> line.page() == 0);
  }

  @Test
  void detectsDocxByContentWhateverItsName() throws IOException {
    Path docx = Fixtures.docxWithFootnoteAndTable(dir.resolve("a.docx"));
    Path renamed = Files.move(docx, dir.resolve("stuk.pdf"));
    assertThat(read(renamed).format()).isEqualTo(Format.DOCX);
  }

  @Test
  void seedsConvertedByLibreOfficeKeepEveryWordInOrder() throws Exception {
    for (Path seed : Conversions.seedFiles()) {
      Path docx = Conversions.toDocx(seed);
      String text = String.join("\n", texts(read(docx)));
      assertThat(Fixtures.missingInOrder(Files.readString(seed), text)).as("words of %s missing from its DOCX", seed.getFileName()).isEmpty();
    }
  }

  @Test
  void printsWordsAutomaticListNumbersBeforeTheirParagraphs() throws Exception {
    Path docx = Path.of(DocxExtractorTest.class.getResource("/parse/heldout3/kamervragen-word-automatische-nummering.docx").toURI());
    java.util.List<String> lines = texts(read(docx));
    assertThat(lines.stream().filter(l -> l.matches("\\d+\\. .*")).map(l -> l.substring(0, l.indexOf(' '))))
        .containsExactly("1.", "2.", "3.", "4.", "5.");
    assertThat(lines).contains("een snellere doorstroom naar de longstay en naar vervolgvoorzieningen buiten de justitiële keten;");
  }
}
