package nl.vraagbaak.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordCacheTest {

  @TempDir Path dir;

  @Test
  void readsBackTheWholeDutchDictionaryFromItsCacheFile() throws IOException {
    assumeTrue(Files.isReadable(Words.HUNSPELL_NL), "hunspell-nl is not installed");
    Path cacheDir = dir.resolve("cache");
    WordCache.load(Words.HUNSPELL_NL, cacheDir);
    WordTable cached = WordCache.read(onlyCacheFile(cacheDir), WordCache.Key.of(Words.HUNSPELL_NL));
    assertThat(cached).as("the cache file written on first use").isNotNull();

    Set<String> old = WordsTest.loadedTheOldWay(Words.HUNSPELL_NL);
    assertThat(cached.size()).isEqualTo(old.size());
    assertThat(old.stream().filter(word -> !cached.contains(word)).limit(10).toList()).isEmpty();
    assertThat(Words.load(Words.HUNSPELL_NL, cacheDir).knows("lidstaten")).isTrue();
  }

  @Test
  void secondLoadAnswersFromTheCacheFile() throws IOException {
    Path dic = dic("appel/Za", "Peer");
    Path cacheDir = dir.resolve("cache");
    assertThat(Words.load(dic, cacheDir).knows("appels")).isTrue();
    Path cache = onlyCacheFile(cacheDir);
    FileTime written = Files.getLastModifiedTime(cache);

    Words again = Words.load(dic, cacheDir);

    assertThat(again.knows("appels")).isTrue();
    assertThat(again.knows("peren")).isTrue();
    assertThat(again.knows("kiwi")).isFalse();
    assertThat(Files.getLastModifiedTime(cache)).isEqualTo(written);
    assertThat(cacheDir.toFile().list()).hasSize(1);
  }

  @Test
  void changedDictionaryIsReadAgain() throws IOException {
    Path dic = dic("appel/Za");
    Path cacheDir = dir.resolve("cache");
    assertThat(Words.load(dic, cacheDir).knows("appel")).isTrue();

    Files.writeString(dic, "1\nkiwi/Za\n");
    Files.setLastModifiedTime(dic, FileTime.fromMillis(Files.getLastModifiedTime(dic).toMillis() + 5000));

    Words changed = Words.load(dic, cacheDir);
    assertThat(changed.knows("kiwi")).isTrue();
    assertThat(changed.knows("appel")).isFalse();
    assertThat(WordCache.read(onlyCacheFile(cacheDir), WordCache.Key.of(dic)).contains("kiwi")).isTrue();
  }

  @Test
  void damagedCacheFileIsBuiltAgain() throws IOException {
    Path dic = dic("appel/Za", "peer", "kiwi");
    Path cacheDir = dir.resolve("cache");
    Words.load(dic, cacheDir);
    Path cache = onlyCacheFile(cacheDir);
    byte[] good = Files.readAllBytes(cache);
    byte[] flipped = good.clone();
    flipped[flipped.length - 2] ^= 0x20;
    for (byte[] damaged : List.of(flipped, java.util.Arrays.copyOf(good, good.length - 1), java.util.Arrays.copyOf(good, 20), new byte[0])) {
      Files.write(cache, damaged);
      assertThat(WordCache.read(cache, WordCache.Key.of(dic))).isNull();

      Words words = Words.load(dic, cacheDir);

      assertThat(words.knows("peer")).isTrue();
      assertThat(words.knows("kiwi")).isTrue();
      assertThat(Files.readAllBytes(cache)).isEqualTo(good);
    }
  }

  @Test
  void cacheThatCannotBeWrittenLeavesTheWordsInMemory() throws IOException {
    Path dic = dic("appel/Za");
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");

    Words words = Words.load(dic, notADirectory.resolve("cache"));

    assertThat(words.knows("appels")).isTrue();
    assertThat(Files.readString(notADirectory)).isEqualTo("x");
  }

  @Test
  void eachDictionaryHasItsOwnCacheFile() throws IOException {
    Path first = dic("appel/Za");
    Path second = Files.writeString(dir.resolve("other.dic"), "1\nkiwi\n");
    Path cacheDir = dir.resolve("cache");
    Words.load(first, cacheDir);
    Words.load(second, cacheDir);

    assertThat(Words.load(first, cacheDir).knows("kiwi")).isFalse();
    assertThat(Words.load(second, cacheDir).knows("kiwi")).isTrue();
    assertThat(cacheDir.toFile().list()).hasSize(2).allMatch(name -> name.endsWith(".bin"));
  }

  @Test
  void dictionaryThatIsNotUtf8GivesNoWordsAndNoCache() throws IOException {
    Path dic = dir.resolve("bad.dic");
    Files.write(dic, new byte[] {'1', '\n', 'a', (byte) 0xC3, '\n'});
    Path cacheDir = dir.resolve("cache");

    assertThat(Words.load(dic, cacheDir)).isSameAs(Words.NONE);
    assertThat(Files.exists(cacheDir) ? cacheDir.toFile().list() : new String[0]).isEmpty();
  }

  @Test
  void missingDictionaryGivesNoWords() {
    assertThat(Words.load(dir.resolve("missing.dic"), dir.resolve("cache"))).isSameAs(Words.NONE);
  }

  private Path dic(String... lines) throws IOException {
    return Files.writeString(dir.resolve("test.dic"), lines.length + "\n" + String.join("\n", lines) + "\n");
  }

  private static Path onlyCacheFile(Path cacheDir) throws IOException {
    try (Stream<Path> files = Files.list(cacheDir)) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }
}
