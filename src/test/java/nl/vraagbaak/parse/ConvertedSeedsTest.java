package nl.vraagbaak.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.vraagbaak.extract.Conversions;
import nl.vraagbaak.extract.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds converted to PDF and DOCX by LibreOffice parse as well as their text: the same pairs with the same
 * numbers and askers, and, but for at most two pairs per document, the same question and answer text (white space
 * aside). A line-end hyphen that LibreOffice sets after a real hyphen ("macro-" / "financiële") is the kind of
 * difference the two allow for: no dictionary can tell it from a word split by hyphenation.
 */
class ConvertedSeedsTest {

  private static final int ALLOWED_TEXT_DIFFERENCES = 2;

  static Stream<Arguments> conversions() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (Path seed : Conversions.seedFiles()) {
      all.add(Arguments.of(seed.getFileName().toString(), "pdf"));
      all.add(Arguments.of(seed.getFileName().toString(), "docx"));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("conversions")
  void convertedSeedParsesAsWellAsItsText(String name, String format) throws Exception {
    Path seed = Conversions.seeds().resolve(name);
    Path converted = format.equals("pdf") ? Conversions.toPdf(seed) : Conversions.toDocx(seed);
    List<Pair> text = parse(seed);
    List<Pair> other = parse(converted);

    assertThat(other).as("pairs of %s as %s", name, format).hasSameSizeAs(text);
    assertThat(other).extracting(Pair::numbers).as("numbers").containsExactlyElementsOf(text.stream().map(Pair::numbers).toList());
    assertThat(other).extracting(p -> p.asker().party()).as("askers")
        .containsExactlyElementsOf(text.stream().map(p -> p.asker().party()).toList());
    List<String> different = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      Pair a = text.get(i);
      Pair b = other.get(i);
      if (!normal(a.question()).equals(normal(b.question())) || !normal(a.answer()).equals(normal(b.answer()))) {
        different.add("pair " + (i + 1) + ": " + firstDifference(a, b));
      }
    }
    assertThat(different).as("pairs of %s as %s whose text differs", name, format).hasSizeLessThanOrEqualTo(ALLOWED_TEXT_DIFFERENCES);
  }

  private static List<Pair> parse(Path file) {
    Extraction extraction = Extraction.of(file);
    assertThat(extraction).as("reading %s", file).isInstanceOf(Extraction.Read.class);
    return Parser.parse(((Extraction.Read) extraction).extracted()).pairs();
  }

  private static String normal(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  private static String firstDifference(Pair a, Pair b) {
    String x = normal(a.question()) + " || " + normal(a.answer());
    String y = normal(b.question()) + " || " + normal(b.answer());
    int i = 0;
    while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 30);
    return "text '…" + x.substring(from, Math.min(x.length(), i + 40)) + "' vs '…" + y.substring(from, Math.min(y.length(), i + 40)) + "'";
  }
}
