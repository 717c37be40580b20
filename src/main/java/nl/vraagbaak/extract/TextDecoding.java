package nl.vraagbaak.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes of a text file to characters. A byte order mark decides; without one, text that is valid UTF-8 is UTF-8 and
 * anything else is Windows-1252, the encoding of text saved on Dutch Windows machines (a superset of Latin-1).
 */
final class TextDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /** Decoded text and the encoding it was read in. */
  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] bytes) {
    if (hasBom(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (hasBom(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    if (hasBom(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    // The JDK's decoding into a String is far faster than a CharsetDecoder; it marks bad bytes with U+FFFD, so only
    // a text that then holds U+FFFD (bad bytes, or an encoded U+FFFD) needs the strict check.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, StandardCharsets.UTF_8);
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes));
      return new Decoded(chars.toString(), StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }
  }

  /**
   * The lines of UTF-8 text without a byte order mark and without carriage returns, each decoded on its own (an ASCII
   * line becomes a compact string straight away, with no copy of the whole text in between); null when the bytes are
   * not such text, and {@link #decode} with a split is the way. In UTF-8 a line feed byte is never part of another
   * character, so the lines are those of the decoded whole; bytes that are not UTF-8 show as U+FFFD in some line.
   */
  static String[] utf8Lines(byte[] bytes) {
    if (hasBom(bytes, 0xEF, 0xBB, 0xBF) || hasUtf16Bom(bytes)) {
      return null;
    }
    // The bytes as Latin-1 characters (a plain copy) to find the line ends with String.indexOf, a vector search.
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    if (raw.indexOf('\r') >= 0) {
      return null;
    }
    java.util.List<String> lines = new java.util.ArrayList<>();
    int start = 0;
    for (int end = raw.indexOf('\n'); end >= 0; end = raw.indexOf('\n', start)) {
      lines.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
      start = end + 1;
    }
    lines.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    for (String line : lines) {
      if (line.indexOf('\uFFFD') >= 0) {
        return null;
      }
    }
    return lines.toArray(String[]::new);
  }

  /** The start of a file as text, for sniffing: a character cut in half at the end does not matter. */
  static String decodeHead(byte[] head) {
    if (hasUtf16Bom(head) || hasBom(head, 0xEF, 0xBB, 0xBF)) {
      return decode(head).text();
    }
    // Cut a possibly incomplete UTF-8 sequence off the end before the strict check.
    int end = head.length;
    int back = 0;
    while (end > 0 && back < 3 && (head[end - 1] & 0xC0) == 0x80) {
      end--;
      back++;
    }
    if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
      end--;
    } else {
      end = head.length;
    }
    byte[] whole = java.util.Arrays.copyOf(head, end);
    return decode(whole).text();
  }

  /** The whole file, refused when it is larger than a text document can sensibly be. */
  static byte[] readBounded(Path file, String what) throws IOException, UnreadableException {
    long size = Files.size(file);
    if (size > Limits.MAX_TEXT_BYTES) {
      throw new UnreadableException(
          "is larger than the " + Limits.MAX_TEXT_BYTES / (1024 * 1024) + " MB limit for " + what + " (it has " + size / (1024 * 1024) + " MB)");
    }
    return Files.readAllBytes(file);
  }

  static boolean hasUtf16Bom(byte[] bytes) {
    return hasBom(bytes, 0xFE, 0xFF) || hasBom(bytes, 0xFF, 0xFE);
  }

  private static boolean hasBom(byte[] bytes, int... bom) {
    if (bytes.length < bom.length) {
      return false;
    }
    for (int i = 0; i < bom.length; i++) {
      if ((bytes[i] & 0xFF) != bom[i]) {
        return false;
      }
    }
    return true;
  }
}
