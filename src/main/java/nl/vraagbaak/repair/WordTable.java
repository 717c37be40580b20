package nl.vraagbaak.repair;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a hunspell .dic file as a set of UTF-8 byte ranges, built in one pass over the file's bytes without a
 * String per word: a HashSet of the 180,000 words of hunspell-nl cost 100 ms of every short process that rejoins a
 * split word. The words are those {@code readString(dic).toLowerCase(Locale.ROOT).replace("ĳ", "ij")} cut at each
 * line's first "/" (or stripped where there is none) would give. Most are lower-cased in place in the file's own
 * bytes (ASCII, Latin-1 letters, "ĳ"); the few others go through String and live in a side array.
 */
final class WordTable {

  private static final byte NEWLINE = '\n';
  private static final byte SLASH = '/';
  private static final int LATIN1_LEAD = 0xC3;
  private static final int IJ_LEAD = 0xC4;
  private static final int IJ_UPPER = 0xB2;
  private static final int IJ_LOWER = 0xB3;

  private final byte[] text;
  private byte[] extra = new byte[256];
  private int extraLength;

  /** Per entry: where its bytes start (in {@link #text}, or at ~start in {@link #extra}), how many, their hash. */
  private int[] starts;
  private int[] lengths;
  private int[] hashes;
  private int count;

  /** Open addressing: entry number + 1, 0 for a free slot; at most half full. */
  private int[] slots;
  private int shift;

  private WordTable(byte[] text, int expected) {
    this.text = text;
    starts = new int[expected];
    lengths = new int[expected];
    hashes = new int[expected];
    int bits = Math.max(4, 33 - Integer.numberOfLeadingZeros(Math.max(1, expected - 1)));
    slots = new int[1 << bits];
    shift = 32 - bits;
  }

  /** The words of a .dic file; the bytes are lower-cased in place. Null when the file is not valid UTF-8. */
  static WordTable ofDictionary(byte[] dic) {
    int firstLineEnd = indexOf(dic, NEWLINE, 0);
    int start = firstLineEnd + 1;
    if (!isUtf8(dic, 0, start == 0 ? dic.length : firstLineEnd)) {
      return null;
    }
    WordTable table = new WordTable(dic, expectedWords(dic, firstLineEnd));
    while (start > 0 && start < dic.length) {
      start = table.addLine(start);
    }
    return start < 0 ? null : table;
  }

  int size() {
    return count;
  }

  boolean contains(String word) {
    byte[] key = word.getBytes(StandardCharsets.UTF_8);
    if (hasSurrogate(word) && !new String(key, StandardCharsets.UTF_8).equals(word)) {
      return false; // a lone surrogate: encoded as "?", never a listed word
    }
    int hash = hash(key, 0, key.length);
    for (int slot = hash * 0x9E3779B9 >>> shift; ; slot = (slot + 1) & (slots.length - 1)) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        return false;
      }
      if (hashes[entry] == hash && sameBytes(entry, key, 0, key.length)) {
        return true;
      }
    }
  }

  /** Adds the word of the line at {@code start}; the start of the next line, or -1 when the line is not UTF-8. */
  private int addLine(int start) {
    byte[] bytes = text;
    int n = bytes.length;
    int end = start;
    int seen = 0;
    while (end < n && bytes[end] != NEWLINE && bytes[end] != SLASH) {
      seen |= bytes[end];
      end++;
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
    int from = start;
    if (!slash) {
      while (from < end && isAsciiWhitespace(bytes[from])) {
        from++;
      }
      while (end > from && isAsciiWhitespace(bytes[end - 1])) {
        end--;
      }
    }
    if (from < end) {
      lowerCaseInPlace(bytes, from, end);
      add(bytes, from, end, from);
    }
    return lineEnd + 1;
  }

  /** The rare line whose lower case is not byte arithmetic: decoded, lower-cased and cut as a String. */
  private boolean addDecoded(int start, int lineEnd) {
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(text, start, lineEnd - start)).toString();
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
      add(extra, extraLength, extraLength + utf8.length, ~extraLength);
      extraLength += utf8.length;
    }
    return true;
  }

  /** Adds the word in {@code source[from, to)} unless listed already; {@code start} is where the entry points. */
  private void add(byte[] source, int from, int to, int start) {
    int hash = hash(source, from, to);
    int slot = hash * 0x9E3779B9 >>> shift;
    for (int entry = slots[slot] - 1; entry >= 0; entry = slots[slot] - 1) {
      if (hashes[entry] == hash && sameBytes(entry, source, from, to)) {
        return;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
    if (count == starts.length) {
      int more = Math.max(16, 2 * count);
      starts = Arrays.copyOf(starts, more);
      lengths = Arrays.copyOf(lengths, more);
      hashes = Arrays.copyOf(hashes, more);
    }
    starts[count] = start;
    lengths[count] = to - from;
    hashes[count] = hash;
    count++;
    slots[slot] = count;
    if (2 * count > slots.length) {
      rehash();
    }
  }

  private void rehash() {
    slots = new int[2 * slots.length];
    shift--;
    for (int entry = 0; entry < count; entry++) {
      int slot = hashes[entry] * 0x9E3779B9 >>> shift;
      while (slots[slot] != 0) {
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = entry + 1;
    }
  }

  private boolean sameBytes(int entry, byte[] other, int from, int to) {
    int start = starts[entry];
    byte[] own = start >= 0 ? text : extra;
    int at = start >= 0 ? start : ~start;
    return Arrays.equals(own, at, at + lengths[entry], other, from, to);
  }

  private static int hash(byte[] bytes, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + bytes[i];
    }
    return hash;
  }

  /**
   * Lower-cases ASCII and Latin-1 letters (U+00C0..U+00DE but U+00D7 are the capitals; +0x20 in the second byte) and
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

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The word count on the first line when it is one and plausible, else a guess from the file size. */
  private static int expectedWords(byte[] dic, int firstLineEnd) {
    int guess = dic.length / 16 + 16;
    if (firstLineEnd <= 0 || firstLineEnd > 9) {
      return guess;
    }
    int number = 0;
    for (int i = 0; i < firstLineEnd; i++) {
      int digit = dic[i] - '0';
      if (digit < 0 || digit > 9) {
        return guess;
      }
      number = 10 * number + digit;
    }
    return Math.min(number, dic.length / 2) + 16;
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
