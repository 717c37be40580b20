package nl.vraagbaak.repair;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A set of words as UTF-8 bytes, grouped in hash buckets: {@code starts} holds where each bucket begins in
 * {@code words} (and one more: where the last ends); a word there is its length in one byte (0xFF: four more follow)
 * and its bytes. Two int and byte arrays instead of a HashSet of Strings, so that the table is built in one pass over a
 * hunspell .dic file and can be kept in a file and read back without any work per word ({@link WordCache}).
 */
final class WordTable {

  private static final int PHI = 0x9E3779B9;
  private static final int LONG_WORD = 0xFF;

  private final int[] starts;
  private final byte[] words;
  private final int base;
  private final int count;
  private final int shift;

  /** {@code starts} holds 2^k + 1 offsets into {@code words}, counted from {@code base}. */
  WordTable(int[] starts, byte[] words, int base, int count) {
    int buckets = starts.length - 1;
    if (buckets < 1 || Integer.bitCount(buckets) != 1) {
      throw new IllegalArgumentException("bucket starts must be 2^k + 1 offsets, not " + starts.length);
    }
    this.starts = starts;
    this.words = words;
    this.base = base;
    this.count = count;
    this.shift = 32 - Integer.numberOfTrailingZeros(buckets);
  }

  /**
   * The words of a hunspell .dic file (first line a count, then "word/FLAGS"), as
   * {@code readString(dic).toLowerCase(Locale.ROOT).replace("ĳ", "ij")} cut at each line's first "/" (or stripped
   * where there is none) gave them; null when the file is not UTF-8. The bytes are lower-cased in place.
   */
  static WordTable ofDictionary(byte[] dic) {
    return new Builder(dic).build();
  }

  int size() {
    return count;
  }

  IntBuffer starts() {
    return IntBuffer.wrap(starts).asReadOnlyBuffer();
  }

  /** The words' bytes, as a slice of {@code words}: from {@code base}, up to the end of the last bucket. */
  ByteBuffer words() {
    return ByteBuffer.wrap(words, base, starts[starts.length - 1]).slice();
  }

  boolean contains(String word) {
    byte[] key = word.getBytes(StandardCharsets.UTF_8);
    int bucket = hash(key, 0, key.length) * PHI >>> shift;
    int at = base + starts[bucket];
    int end = base + starts[bucket + 1];
    while (at < end) {
      int length = words[at++] & 0xFF;
      if (length == LONG_WORD) {
        length = intAt(words, at);
        at += 4;
      }
      if (Arrays.equals(words, at, at + length, key, 0, key.length)) {
        // A lone surrogate is encoded as "?", which a word may hold; as a char it is never part of a UTF-8 file.
        return !hasSurrogate(word) || new String(key, StandardCharsets.UTF_8).equals(word);
      }
      at += length;
    }
    return false;
  }

  static int intAt(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | (bytes[at + 3] & 0xFF);
  }

  static int hash(byte[] bytes, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + bytes[i];
    }
    return hash;
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * One pass over the lines notes each word as a range of the file's own bytes, lower-cased in place (ASCII, Latin-1
   * letters, "ĳ"); the few words whose lower case is more than that go through String into a side array. Then the
   * words are laid out bucket by bucket, dropping repeats.
   */
  private static final class Builder {

    private static final byte NEWLINE = '\n';
    private static final byte SLASH = '/';
    private static final int LATIN1_LEAD = 0xC3;
    private static final int IJ_LEAD = 0xC4;
    private static final int IJ_UPPER = 0xB2;
    private static final int IJ_LOWER = 0xB3;

    private final byte[] dic;
    private byte[] extra = new byte[256];
    private int extraLength;

    /** Per word found: where it starts (in {@link #dic}, or at ~start in {@link #extra}), its length and hash. */
    private int[] from;
    private int[] lengths;
    private int[] hashes;
    private int found;
    /** The bytes the words take laid out, repeats included. */
    private long layoutSize;

    /** Per bucket of 2^bits: its last word found + 1 (0: none); per word: the one found before it in its bucket + 1. */
    private int bits;
    private int[] heads;
    private int[] next;

    Builder(byte[] dic) {
      this.dic = dic;
      int expected = expectedWords(dic);
      from = new int[expected];
      lengths = new int[expected];
      hashes = new int[expected];
      next = new int[expected];
      bits = bucketBits(expected);
      heads = new int[1 << bits];
    }

    WordTable build() {
      int firstLineEnd = indexOf(dic, NEWLINE);
      if (!isUtf8(dic, 0, firstLineEnd < 0 ? dic.length : firstLineEnd)) {
        return null;
      }
      int start = firstLineEnd + 1;
      while (start > 0 && start < dic.length) {
        start = addLine(start);
      }
      return start < 0 ? null : layOut();
    }

    /** Notes the word of the line at {@code start}; the start of the next line, or -1 when the line is not UTF-8. */
    private int addLine(int start) {
      byte[] bytes = dic;
      int n = bytes.length;
      int end = start;
      int seen = 0;
      int hash = 0;
      // Lower-cases ASCII and hashes as it looks for the end: most lines need no second look at their word.
      for (int b; end < n && (b = bytes[end]) != NEWLINE && b != SLASH; end++) {
        if (b >= 'A' && b <= 'Z') {
          b += 'a' - 'A';
          bytes[end] = (byte) b;
        }
        seen |= b;
        hash = 31 * hash + b;
      }
      boolean slash = end < n && bytes[end] == SLASH;
      int lineEnd = end;
      if (slash) {
        for (lineEnd = end + 1; lineEnd < n && bytes[lineEnd] != NEWLINE; lineEnd++) {
          seen |= bytes[lineEnd];
        }
      }
      if (seen < 0 && !(isSimple(bytes, start, end) && isAscii(bytes, end, lineEnd))) {
        return addDecoded(start, lineEnd) ? lineEnd + 1 : -1;
      }
      int first = start;
      int last = end;
      if (!slash) {
        while (first < last && isAsciiWhitespace(bytes[first])) {
          first++;
        }
        while (last > first && isAsciiWhitespace(bytes[last - 1])) {
          last--;
        }
      }
      if (first < last) {
        if (seen < 0) {
          lowerCaseInPlace(bytes, first, last);
        }
        boolean hashed = seen >= 0 && first == start && last == end;
        note(first, last - first, hashed ? hash : hash(bytes, first, last));
      }
      return lineEnd + 1;
    }

    /** The rare line whose lower case is not byte arithmetic: decoded, lower-cased and cut as a String. */
    private boolean addDecoded(int start, int lineEnd) {
      String line;
      try {
        line = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(dic, start, lineEnd - start)).toString();
      } catch (CharacterCodingException e) {
        return false;
      }
      String lower = line.toLowerCase(Locale.ROOT).replace("ĳ", "ij");
      int slash = lower.indexOf('/');
      String word = slash >= 0 ? lower.substring(0, slash) : lower.strip();
      if (!word.isEmpty()) {
        byte[] utf8 = word.getBytes(StandardCharsets.UTF_8);
        if (extraLength + utf8.length > extra.length) {
          extra = Arrays.copyOf(extra, Math.max(2 * extra.length, extraLength + utf8.length));
        }
        System.arraycopy(utf8, 0, extra, extraLength, utf8.length);
        note(~extraLength, utf8.length, hash(utf8, 0, utf8.length));
        extraLength += utf8.length;
      }
      return true;
    }

    private void note(int start, int length, int hash) {
      if (found == from.length) {
        int more = Math.max(16, 2 * found);
        from = Arrays.copyOf(from, more);
        lengths = Arrays.copyOf(lengths, more);
        hashes = Arrays.copyOf(hashes, more);
        next = Arrays.copyOf(next, more);
      }
      from[found] = start;
      lengths[found] = length;
      hashes[found] = hash;
      int bucket = hash * PHI >>> (32 - bits);
      next[found] = heads[bucket];
      heads[bucket] = found + 1;
      found++;
      layoutSize += length + (length < LONG_WORD ? 1 : 5);
    }

    /** Chains the words found into 2^bits buckets, when the count on the first line was far off. */
    private void rechain(int newBits) {
      bits = newBits;
      heads = new int[1 << bits];
      for (int word = 0; word < found; word++) {
        int bucket = hashes[word] * PHI >>> (32 - bits);
        next[word] = heads[bucket];
        heads[bucket] = word + 1;
      }
    }

    /** The words bucket by bucket, each once. */
    private WordTable layOut() {
      int wanted = bucketBits(found);
      if (Math.abs(wanted - bits) > 1) {
        rechain(wanted);
      }
      if (layoutSize > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("a dictionary of " + layoutSize + " bytes of words is more than an array holds");
      }
      int buckets = 1 << bits;
      int[] starts = new int[buckets + 1];
      byte[] out = new byte[(int) layoutSize];
      int length = 0;
      int count = 0;
      for (int b = 0; b < buckets; b++) {
        int bucketStart = length;
        for (int word = heads[b] - 1; word >= 0; word = next[word] - 1) {
          if (!alreadyIn(out, bucketStart, length, word)) {
            length = append(out, length, word);
            count++;
          }
        }
        starts[b] = bucketStart;
      }
      starts[buckets] = length;
      return new WordTable(starts, out, 0, count);
    }

    /** About one word per bucket: a lookup compares one or two words. */
    private static int bucketBits(int words) {
      return Math.max(4, 31 - Integer.numberOfLeadingZeros(Math.max(1, words)));
    }

    private boolean alreadyIn(byte[] out, int at, int end, int word) {
      byte[] source = from[word] >= 0 ? dic : extra;
      int first = from[word] >= 0 ? from[word] : ~from[word];
      int last = first + lengths[word];
      while (at < end) {
        int length = out[at++] & 0xFF;
        if (length == LONG_WORD) {
          length = intAt(out, at);
          at += 4;
        }
        if (Arrays.equals(out, at, at + length, source, first, last)) {
          return true;
        }
        at += length;
      }
      return false;
    }

    private int append(byte[] out, int at, int word) {
      int length = lengths[word];
      if (length < LONG_WORD) {
        out[at++] = (byte) length;
      } else {
        out[at++] = (byte) LONG_WORD;
        ByteBuffer.wrap(out, at, 4).putInt(length);
        at += 4;
      }
      byte[] source = from[word] >= 0 ? dic : extra;
      System.arraycopy(source, from[word] >= 0 ? from[word] : ~from[word], out, at, length);
      return at + length;
    }

    /**
     * Lower-cases ASCII and Latin-1 letters (the capitals U+00C0..U+00DE but U+00D7: +0x20 in the second byte) and
     * writes "ĳ" and "Ĳ" as "ij": all keep their length in UTF-8. Only for ranges that {@link #isSimple} accepted.
     */
    private static void lowerCaseInPlace(byte[] bytes, int from, int to) {
      for (int i = from; i < to; i++) {
        int b = bytes[i];
        if (b >= 'A' && b <= 'Z') {
          bytes[i] = (byte) (b + ('a' - 'A'));
        } else if (b < 0) {
          int next = bytes[i + 1] & 0xFF;
          if ((b & 0xFF) == LATIN1_LEAD) {
            if (next <= 0x9E && next != 0x97) {
              bytes[i + 1] = (byte) (next + 0x20);
            }
          } else {
            bytes[i] = 'i';
            bytes[i + 1] = 'j';
          }
          i++;
        }
      }
    }

    /** Whether every non-ASCII character in the range is a Latin-1 letter (U+00C0..U+00FF), "ĳ" or "Ĳ". */
    private static boolean isSimple(byte[] bytes, int from, int to) {
      for (int i = from; i < to; i++) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
          continue;
        }
        if (i + 1 >= to) {
          return false;
        }
        int next = bytes[++i] & 0xFF;
        boolean latin1 = b == LATIN1_LEAD && next >= 0x80 && next <= 0xBF;
        boolean ij = b == IJ_LEAD && (next == IJ_UPPER || next == IJ_LOWER);
        if (!latin1 && !ij) {
          return false;
        }
      }
      return true;
    }

    private static boolean isAscii(byte[] bytes, int from, int to) {
      for (int i = from; i < to; i++) {
        if (bytes[i] < 0) {
          return false;
        }
      }
      return true;
    }

    /** The ASCII characters {@link Character#isWhitespace} accepts, which {@link String#strip} removes. */
    private static boolean isAsciiWhitespace(byte b) {
      return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
    }

    private static boolean isUtf8(byte[] bytes, int from, int to) {
      if (isAscii(bytes, from, to)) {
        return true;
      }
      try {
        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, to - from));
        return true;
      } catch (CharacterCodingException e) {
        return false;
      }
    }

    /** The word count on the first line when it is one and plausible, else a guess from the file size. */
    private static int expectedWords(byte[] dic) {
      int guess = dic.length / 16 + 16;
      int number = 0;
      int i = 0;
      for (; i < dic.length && i < 10 && dic[i] >= '0' && dic[i] <= '9'; i++) {
        number = 10 * number + dic[i] - '0';
      }
      boolean counted = i > 0 && i < 10 && i < dic.length && (dic[i] == NEWLINE || dic[i] == '\r');
      return counted ? Math.min(number, dic.length / 2) + 16 : guess;
    }

    private static int indexOf(byte[] bytes, byte b) {
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == b) {
          return i;
        }
      }
      return -1;
    }
  }
}
