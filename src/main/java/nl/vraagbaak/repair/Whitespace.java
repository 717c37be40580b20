package nl.vraagbaak.repair;

/**
 * No-break and other odd spaces become plain spaces, a no-break hyphen a plain hyphen (a PDF made from the same text
 * often maps it to one); trailing white space goes.
 */
final class Whitespace extends LineMapStep {

  @Override
  String repair(String line) {
    // String.indexOf is a vector search, and instant for a character a Latin-1 line cannot hold
    if (line.indexOf('\t') >= 0 || line.indexOf('\u00A0') >= 0 || line.indexOf('\u2007') >= 0 || line.indexOf('\u202F') >= 0
        || line.indexOf('\u2011') >= 0) {
      return replaced(line);
    }
    return line.stripTrailing(); // most lines: nothing to replace
  }

  private static String replaced(String line) {
    String spaced = line.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ').replace('\u2011', '-');
    return spaced.stripTrailing();
  }
}
