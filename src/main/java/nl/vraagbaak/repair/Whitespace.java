package nl.vraagbaak.repair;

/** No-break and other odd spaces become plain spaces; trailing white space goes. */
final class Whitespace extends LineMapStep {

  @Override
  String repair(String line) {
    String spaced = line.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ');
    return spaced.stripTrailing();
  }
}
