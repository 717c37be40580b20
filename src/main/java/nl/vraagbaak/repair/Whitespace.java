package nl.vraagbaak.repair;

/**
 * No-break and other odd spaces become plain spaces, a no-break hyphen a plain hyphen (a PDF made from the same text
 * often maps it to one); trailing white space goes.
 */
final class Whitespace extends LineMapStep {

  @Override
  String repair(String line) {
    String spaced = line.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ').replace('\u2011', '-');
    return spaced.stripTrailing();
  }
}
