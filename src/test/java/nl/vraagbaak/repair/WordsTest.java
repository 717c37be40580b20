package nl.vraagbaak.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordsTest {

  @TempDir Path dir;

  @Test
  void listsExactlyTheWordsOfTheWholeDutchDictionaryThatAHashSetHeld() throws IOException {
    assumeTrue(Files.isReadable(Words.HUNSPELL_NL), "hunspell-nl is not installed");
    Set<String> old = loadedTheOldWay(Words.HUNSPELL_NL);
    WordTable table = WordTable.ofDictionary(Files.readAllBytes(Words.HUNSPELL_NL));
    assertThat(table).isNotNull();
    assertThat(table.size()).isEqualTo(old.size());
    List<String> missing = new ArrayList<>();
    for (String word : old) {
      if (!table.contains(word)) {
        missing.add(word);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void knowsEveryInflectedFormOfTheDutchDictionaryExactlyAsBefore() throws IOException {
    assumeTrue(Files.isReadable(Words.HUNSPELL_NL), "hunspell-nl is not installed");
    Set<String> old = loadedTheOldWay(Words.HUNSPELL_NL);
    Words before = Words.listing(old);
    Words now = Words.load(Words.HUNSPELL_NL);
    List<String> differing = new ArrayList<>();
    int known = 0;
    for (String word : old) {
      for (String form : forms(word)) {
        boolean expected = before.knows(form);
        known += expected ? 1 : 0;
        if (now.knows(form) != expected) {
          differing.add(form);
        }
      }
    }
    assertThat(differing).isEmpty();
    assertThat(known).as("a dictionary that knows words").isGreaterThan(old.size());
  }

  @Test
  void lowerCasesAndCutsLinesAsTheOldLoaderDid() throws IOException {
    Path dic = dic(
        "12",
        "Zeeland/Ze",
        "ÉÉN/Aa",
        "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàÿ",
        "Ĳssel/Za",
        "bĳ",
        "  spatie \t\r",
        "CO₂-uitstoot/Za",
        "jacuzzi/Zc\tOpmerking: Jacuzzi® is een merk",
        "g\\/cm³",
        "ΟΔΟΣ",
        "İstanbul",
        "€5-biljet/Ze",
        "zeeland",
        "/Zz",
        "",
        "met spatie/Aa",
        "laatste");
    assertSameAsTheOldLoader(dic);
    Words words = Words.load(dic);
    assertThat(words.knows("zeeland")).isTrue();
    assertThat(words.knows("één")).isTrue();
    assertThat(words.knows("IJssel")).isTrue();
    assertThat(words.knows("ĳssel")).as("queries are not rewritten, as before").isFalse();
    assertThat(words.knows("spatie")).isTrue();
    assertThat(words.knows("g\\")).isTrue();
  }

  @Test
  void readsPastAWrongWordCount() throws IOException {
    for (String count : List.of("3", "9999999")) {
      List<String> lines = new ArrayList<>(List.of(count));
      for (int i = 0; i < 5000; i++) {
        lines.add("Woord" + i + "/Za");
      }
      Path dic = dic(lines.toArray(String[]::new));
      assertSameAsTheOldLoader(dic);
      assertThat(Words.load(dic).knows("woord4999")).isTrue();
    }
  }

  @Test
  void readsADictionaryWithoutCountOrFinalNewline() throws IOException {
    Path dic = dir.resolve("x.dic");
    Files.writeString(dic, "\uFEFFwoorden\nappel/Za\nPeer");
    assertSameAsTheOldLoader(dic);
    assertThat(Words.load(dic).knows("peren")).isTrue();
  }

  @Test
  void knowsNothingFromAFileThatIsNotUtf8() throws IOException {
    for (byte[] bad : List.of(
        new byte[] {'1', '\n', 'a', (byte) 0xC3, '/', 'Z', '\n'},
        new byte[] {'1', '\n', 'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xA9, '\n'},
        new byte[] {'1', '\n', 'a', '/', 'Z', (byte) 0xFF, '\n'},
        new byte[] {'1', (byte) 0x80, '\n', 'a', '\n'},
        new byte[] {'1', '\n', 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'})) {
      Path dic = dir.resolve("bad.dic");
      Files.write(dic, bad);
      assertThat(loadedTheOldWay(dic)).isNull();
      assertThat(Words.load(dic)).isSameAs(Words.NONE);
    }
  }

  @Test
  void knowsNothingWithoutADictionary() {
    assertThat(Words.load(dir.resolve("missing.dic"))).isSameAs(Words.NONE);
    assertThat(Words.NONE.knows("woord")).isFalse();
  }

  @Test
  void aLoneSurrogateIsNoListedQuestionMarkButAPairIsACharacter() throws IOException {
    Words words = Words.load(dic("2", "a?", "\uD83D\uDE00/Za"));
    assertThat(words.knows("a?")).isTrue();
    assertThat(words.knows("a\uD800")).isFalse();
    assertThat(words.knows("\uD83D\uDE00")).as("a character beyond the 16-bit range is a surrogate pair").isTrue();
  }

  private void assertSameAsTheOldLoader(Path dic) throws IOException {
    Set<String> old = loadedTheOldWay(dic);
    WordTable table = WordTable.ofDictionary(Files.readAllBytes(dic));
    assertThat(old).isNotNull();
    assertThat(table).isNotNull();
    assertThat(table.size()).isEqualTo(old.size());
    assertThat(old).allMatch(table::contains);
  }

  private Path dic(String... lines) throws IOException {
    Path dic = dir.resolve("test.dic");
    Files.writeString(dic, String.join("\n", lines) + "\n");
    return dic;
  }

  /** The forms a text may ask about: the word in other cases, plurals, inflections, and near misses. */
  private static List<String> forms(String word) {
    String last = word.substring(word.length() - 1);
    return List.of(
        word,
        word.toUpperCase(Locale.ROOT),
        Character.toUpperCase(word.charAt(0)) + word.substring(1),
        word + "en",
        word + "s",
        word + "'s",
        word + "e",
        word + last + "en",
        word + last + "e",
        word + "x",
        word.length() > 1 ? word.substring(0, word.length() - 1) : word + "q",
        word.replace("ij", "ĳ"));
  }

  /** The loader as it was: the whole file as one String, lower-cased, cut into a HashSet; null for Words.NONE. */
  static Set<String> loadedTheOldWay(Path dic) {
    String text;
    try {
      text = Files.readString(dic, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).replace("ĳ", "ij");
    } catch (IOException | java.io.UncheckedIOException e) {
      return null;
    }
    Set<String> set = new HashSet<>(400_000);
    int start = text.indexOf('\n') + 1;
    while (start > 0 && start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int slash = text.indexOf('/', start);
      String word = slash >= start && slash < end ? text.substring(start, slash) : text.substring(start, end).strip();
      if (!word.isEmpty()) {
        set.add(word);
      }
      start = end + 1;
    }
    return set;
  }
}
