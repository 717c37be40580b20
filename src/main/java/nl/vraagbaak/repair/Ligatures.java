package nl.vraagbaak.repair;

/**
 * Replaces ligature glyphs with their letters: the Unicode ligature code points, and the glyphs that some PDF
 * fonts map ligatures to by mistake ("eƯectief" is "effectief", "Ɵjdens" is "tijdens").
 */
final class Ligatures extends LineMapStep {

  @Override
  String repair(String line) {
    if (!holdsLigature(line)) {
      return line;
    }
    StringBuilder out = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < FIRST_LIGATURE) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      String letters = letters(c);
      if (letters != null && out == null) {
        out = new StringBuilder(line.length() + 8).append(line, 0, i);
      }
      if (out != null) {
        if (letters != null) {
          out.append(letters);
        } else {
          out.append(line.charAt(i));
        }
      }
    }
    return out == null ? line : out.toString();
  }

  private static final char[] GLYPHS = {'\u01AF', '\u019F', '\u01A9', '\u014C', '\uFB00', '\uFB01', '\uFB02', '\uFB03', '\uFB04', '\uFB05', '\uFB06'};

  /**
   * Whether the line holds any glyph {@link #letters} maps. String.indexOf is a vector search, and instant on the
   * common Latin-1 line, which cannot hold these characters.
   */
  private static boolean holdsLigature(String line) {
    for (char glyph : GLYPHS) {
      if (line.indexOf(glyph) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The lowest code point {@link #letters} maps: every character below it stays as it is. */
  private static final char FIRST_LIGATURE = '\u014C';

  private static String letters(char c) {
    return switch (c) {
      case '\u01AF' -> "ff";
      case '\u019F' -> "ti";
      case '\u01A9' -> "tt";
      case '\u014C' -> "ft";
      case '\uFB00' -> "ff";
      case '\uFB01' -> "fi";
      case '\uFB02' -> "fl";
      case '\uFB03' -> "ffi";
      case '\uFB04' -> "ffl";
      case '\uFB05' -> "st"; // long s with t: "ſt"
      case '\uFB06' -> "st";
      default -> null;
    };
  }
}
