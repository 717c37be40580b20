package nl.vraagbaak.repair;

/**
 * Replaces ligature glyphs with their letters: the Unicode ligature code points, and the glyphs that some PDF
 * fonts map ligatures to by mistake ("eƯectief" is "effectief", "Ɵjdens" is "tijdens").
 */
final class Ligatures extends LineMapStep {

  @Override
  String repair(String line) {
    StringBuilder out = null;
    for (int i = 0; i < line.length(); i++) {
      String letters = letters(line.charAt(i));
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
