package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void highlightEscapesEverythingButBalancedMarks() {
    assertThat(Html.highlight("<mark>NAVO</mark> en <script>x</script>"))
        .isEqualTo("<mark>NAVO</mark> en &lt;script&gt;x&lt;/script&gt;");
    assertThat(Html.highlight("</mark>los <mark>open")).isEqualTo("los <mark>open</mark>");
    assertThat(Html.highlight("<mark onclick=x>a</mark>")).isEqualTo("&lt;mark onclick=x&gt;a");
  }

  @Test
  void indexSnippetsAreDecodedOnceAndEscapedAgain() {
    // Lucene's passage formatter escapes punctuation and spaces as numeric references
    assertThat(Html.fromIndex("<mark>Groenland</mark>&#32;&amp;&#32;&lt;b&gt;")).isEqualTo("<mark>Groenland</mark> &amp; &lt;b&gt;");
    assertThat(Html.fromIndex("&amp;lt;script&amp;gt;")).isEqualTo("&amp;lt;script&amp;gt;");
    assertThat(Html.fromIndex("&#x3C;img src=x&#x3E;")).isEqualTo("&lt;img src=x&gt;");
    assertThat(Html.fromIndex("&#0;&#99999999;")).isEqualTo("\uFFFD&amp;#99999999;");
  }

  @Test
  void fromIndexIsIdempotentOnItsOwnOutput() {
    String once = Html.fromIndex("a &lt; b <mark>c</mark> \"d\" 'e'");
    assertThat(Html.fromIndex(once)).isEqualTo(once);
  }

  @Test
  void footnoteLinksAreOnlyWebAddresses() {
    assertThat(Html.firstUrl("Kamerstuk 36 600 V, nr. 45, zie https://zoek.officielebekendmakingen.nl/kst-36600-V-45.html."))
        .isEqualTo("https://zoek.officielebekendmakingen.nl/kst-36600-V-45.html");
    assertThat(Html.firstUrl("javascript:alert(1)")).isNull();
    assertThat(Pages.safeUrl("javascript:alert(1)")).isNull();
  }

  @Test
  void csvQuotesAndDefusesFormulas() {
    assertThat(Csv.field("gewoon")).isEqualTo("gewoon");
    assertThat(Csv.field("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
    assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.field("regel\nregel")).isEqualTo("\"regel\nregel\"");
  }

  @Test
  void paragraphsAndExcerptsSplitAndFlattenAsTheirRegexesWould() {
    char[] alphabet = {'a', 'b', ' ', ' ', '\n', '\n', '\t', '\r', '\u000B', '\f', '\u2003', '\u00A0', '\u001C'};
    java.util.Random random = new java.util.Random(20261123);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String t = text.toString();
      java.util.List<String> expected = java.util.Arrays.stream(t.split("\\n\\s*\\n"))
          .filter(p -> !p.isBlank()).map(String::strip).toList();
      assertThat(Html.paragraphs(t)).as("paragraphs of %s", t.replace("\n", "\\n")).isEqualTo(expected);
      assertThat(Labels.collapseSpace(t)).isEqualTo(t.replaceAll("\\s+", " "));
    }
  }
}
