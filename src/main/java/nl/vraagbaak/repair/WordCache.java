package nl.vraagbaak.repair;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A {@link WordTable} per dictionary file, kept in a cache directory so that a process reads it (2.4 MB, one read, no
 * work per word) instead of building it from the .dic file. A cache file names the dictionary it was made from (path,
 * size, modification time) and the Java feature release (lower case is Unicode data); it is written to a temporary
 * file and renamed, so never seen half-written, and checked on reading (header, lengths, CRC-32 of the body). A cache
 * that is missing, stale or damaged is rebuilt; one that cannot be written leaves the table in memory.
 */
final class WordCache {

  private static final long MAGIC = 0x5642_574f_5244_5302L; // "VBWORDS" and format 2

  /** Far more than any dictionary needs, and less than an array holds. */
  private static final long MAX_SIZE = 1L << 30;

  private WordCache() {}

  /**
   * Where cache files go: the system property {@code vraagbaak.cache} (tests point it into target/), else
   * $XDG_CACHE_HOME/vraagbaak, else ~/.cache/vraagbaak.
   */
  static Path directory() {
    String configured = System.getProperty("vraagbaak.cache");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "vraagbaak");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "vraagbaak");
  }

  /** The words of a .dic file, from the cache in {@code directory} when it holds them; null when there are none. */
  static WordTable load(Path dic, Path directory) {
    Key key = Key.of(dic);
    Path cache = key == null ? null : directory.resolve("words-" + Integer.toHexString(key.path().hashCode()) + ".bin");
    WordTable cached = cache == null ? null : read(cache, key);
    if (cached != null) {
      return cached;
    }
    WordTable built;
    try {
      built = WordTable.ofDictionary(Files.readAllBytes(dic));
    } catch (IOException | SecurityException e) {
      return null;
    }
    if (built != null && cache != null) {
      write(cache, key, built);
    }
    return built;
  }

  /** The table of a cache file made from this dictionary; null when there is none or it does not check out. */
  static WordTable read(Path cache, Key key) {
    byte[] file = readAll(cache);
    if (file == null) {
      return null;
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(file);
      byte[] named = key.encoded();
      if (in.getLong() != MAGIC || !Arrays.equals(file, 8, 8 + named.length, named, 0, named.length)) {
        return null;
      }
      in.position(8 + named.length);
      int count = in.getInt();
      int bits = in.getInt();
      int wordBytes = in.getInt();
      int crc = in.getInt();
      int body = in.position();
      if (bits < 1 || bits > 30 || count < 0 || wordBytes < 0) {
        return null;
      }
      long startsBytes = 4L * ((1 << bits) + 1);
      if (file.length != body + startsBytes + wordBytes || crc != crc(file, body, file.length)) {
        return null;
      }
      int[] starts = new int[(1 << bits) + 1];
      in.slice(body, (int) startsBytes).asIntBuffer().get(starts);
      if (starts[0] != 0 || starts[1 << bits] != wordBytes) {
        return null;
      }
      return new WordTable(starts, file, body + (int) startsBytes, count);
    } catch (RuntimeException e) {
      return null; // a header cut short or numbers out of range: a damaged file, built again
    }
  }

  private static byte[] readAll(Path cache) {
    try (FileChannel in = FileChannel.open(cache)) {
      long size = in.size();
      if (size > MAX_SIZE) {
        return null;
      }
      ByteBuffer file = ByteBuffer.allocate((int) size);
      while (file.hasRemaining() && in.read(file) >= 0) {
        // read on: a file is read in one go or a few
      }
      return file.hasRemaining() ? null : file.array();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** Writes the cache file whole under a temporary name, then renames it; a failure only leaves no cache. */
  static void write(Path cache, Key key, WordTable table) {
    Path temporary = null;
    try {
      Files.createDirectories(cache.getParent());
      temporary = Files.createTempFile(cache.getParent(), cache.getFileName().toString(), ".tmp");
      IntBuffer starts = table.starts();
      int bits = Integer.numberOfTrailingZeros(starts.remaining() - 1);
      ByteBuffer startBytes = ByteBuffer.allocate(4 * starts.remaining());
      startBytes.asIntBuffer().put(starts);
      ByteBuffer words = table.words();
      CRC32 crc = new CRC32();
      crc.update(startBytes.duplicate());
      crc.update(words.duplicate());
      byte[] named = key.encoded();
      ByteBuffer header = ByteBuffer.allocate(24 + named.length);
      header.putLong(MAGIC).put(named);
      header.putInt(table.size()).putInt(bits);
      header.putInt(words.remaining()).putInt((int) crc.getValue()).flip();
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer[] parts = {header, startBytes, words};
        while (parts[2].hasRemaining()) {
          out.write(parts);
        }
      }
      move(temporary, cache);
    } catch (IOException | SecurityException e) {
      deleteQuietly(temporary);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException | SecurityException e) {
        // a stray temporary file is harmless: it never has the cache file's name
      }
    }
  }

  private static int crc(byte[] bytes, int from, int to) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, to - from);
    return (int) crc.getValue();
  }

  /** What a cache file was made from: the dictionary's absolute path, size and modification time, and Java's release. */
  record Key(String path, long size, long modified, int release) {

    /**
     * The key of a dictionary file; null when its modification time cannot be read. Through java.io.File: the first
     * {@code Files.readAttributes} of a process costs 14 ms of class loading, more than reading the cache.
     */
    static Key of(Path dic) {
      File file = dic.toFile();
      long modified = file.lastModified();
      return modified == 0 ? null : new Key(file.getAbsolutePath(), file.length(), modified, Runtime.version().feature());
    }

    byte[] encoded() {
      byte[] name = path.getBytes(StandardCharsets.UTF_8);
      return ByteBuffer.allocate(24 + name.length).putLong(size).putLong(modified).putInt(release).putInt(name.length).put(name).array();
    }
  }
}
