package nl.vraagbaak.repair;

/**
 * No-break and other odd spaces become plain spaces, a no-break hyphen a plain hyphen (a PDF made from the same text
 * often maps it to one); trailing white space goes.
 */
final class Whitespace extends LineMapStep {

  @Override
  String repair(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t' || c >= '\u00A0' && (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2011')) {
        return replaced(line);
      }
    }
    return line.stripTrailing(); // most lines: nothing to replace
  }

  private static String replaced(String line) {
    String spaced = line.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ').replace('\u2011', '-');
    return spaced.stripTrailing();
  }
}
