package nl.vraagbaak.extract;

import static nl.vraagbaak.extract.Fixtures.read;
import static nl.vraagbaak.extract.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExtractorTest {

  @TempDir Path dir;

  @Test
  void everyLineKnowsItsPage() throws IOException {
    Path pdf = Fixtures.pdf(dir.resolve("drie.pdf"), List.of(List.of("Vraag 1", "Eerste pagina"), List.of("Antwoord 1"), List.of("Derde pagina", "Slot")));
    Extracted extracted = read(pdf);
    assertThat(extracted.format()).isEqualTo(Format.PDF);
    assertThat(extracted.lines()).extracting(Line::text, Line::page)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Vraag 1", 1),
            org.assertj.core.groups.Tuple.tuple("Eerste pagina", 1),
            org.assertj.core.groups.Tuple.tuple("Antwoord 1", 2),
            org.assertj.core.groups.Tuple.tuple("Derde pagina", 3),
            org.assertj.core.groups.Tuple.tuple("Slot", 3));
    assertThat(extracted.lines()).extracting(Line::sourceLine).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void keepsLineEndHyphensForRepair() throws IOException {
    Path pdf = Fixtures.pdf(dir.resolve("streep.pdf"), List.of(List.of("de luchtverde-", "digingssystemen en EU-", "lidstaten")));
    assertThat(texts(read(pdf))).containsExactly("de luchtverde-", "digingssystemen en EU-", "lidstaten");
  }

  @Test
  void detectsPdfByContentWhateverItsName() throws IOException {
    Path pdf = Fixtures.pdf(dir.resolve("a.pdf"), List.of(List.of("Inhoud telt")));
    Path renamed = Files.move(pdf, dir.resolve("brief.txt"));
    assertThat(read(renamed).format()).isEqualTo(Format.PDF);
  }

  @Test
  void pdfWithoutTextAsksForOcr() throws IOException {
    Path pdf = Fixtures.pdf(dir.resolve("leeg.pdf"), List.of(List.of(), List.of()));
    assertThat(Fixtures.failure(pdf)).isEqualTo("has no text to extract (a scanned PDF needs OCR first)");
  }

  @Test
  void seedsConvertedByLibreOfficeKeepEveryWordInOrder() throws Exception {
    for (Path seed : Conversions.seedFiles()) {
      Path pdf = Conversions.toPdf(seed);
      Extracted extracted = read(pdf);
      String text = String.join("\n", texts(extracted));
      assertThat(Fixtures.missingInOrder(Files.readString(seed), text)).as("words of %s missing from its PDF", seed.getFileName()).isEmpty();
      List<Integer> pages = extracted.lines().stream().map(Line::page).toList();
      assertThat(pages.getFirst()).isEqualTo(1);
      assertThat(pages).isSorted();
      assertThat(pages.getLast()).as("pages of %s", seed.getFileName()).isGreaterThan(5);
    }
  }

  @Test
  void placesGlyphsUnderSpacingScalingKerningAndATransformedPage() throws IOException {
    Path pdf = dir.resolve("ruimte.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.transform(new Matrix(1.1f, 0, 0, 1.1f, 5, 7));
        content.beginText();
        content.setFont(font, 11);
        content.setLeading(14);
        content.newLineAtOffset(50, 600);
        content.setWordSpacing(3);
        content.setCharacterSpacing(0.5f);
        content.showText("Ruim gezette woorden");
        content.newLine();
        content.setWordSpacing(0);
        content.setCharacterSpacing(0);
        content.setHorizontalScaling(85);
        content.showText("Smal gezette regel");
        content.setHorizontalScaling(100);
        content.newLine();
        content.showTextWithPositioning(new Object[] {"Ker", 30f, "ning", -400f, "en", -250f, "gat"});
        content.newLine();
        content.showText("Voetnoot");
        content.setTextRise(4);
        content.setFont(font, 7);
        content.showText("12");
        content.endText();
      }
      doc.save(pdf.toFile());
    }
    assertThat(texts(read(pdf))).containsExactly("Ruim gezette woorden", "Smal gezette regel", "Kerning en gat", "Voetnoot12");
  }
}
