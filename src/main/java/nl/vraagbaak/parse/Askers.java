package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises who is asking: faction headers and the members' own words naming their faction. */
final class Askers {

  /** Compiled once: {@code String.split/replaceAll/matches} compile their expression on every call. */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** "Vragen en opmerkingen van de leden van de D66-fractie", "Inbreng van de leden van de Groep Van Haga". */
  private static final Pattern FACTION_HEADER =
      Pattern.compile(
          "(?i)^\\s*(?:vragen\\s+en\\s+opmerkingen|inbreng|vragen|opmerkingen)\\s+(?:en\\s+\\w+\\s+)?van\\s+de\\s+leden\\s+van\\s+de\\s+"
              + "(.{2,60}?)\\s*:?\\s*$");

  /** "Vragen en opmerkingen van het lid Omtzigt (NSC)". */
  private static final Pattern MEMBER_HEADER =
      Pattern.compile("(?i)^\\s*(?:vragen\\s+en\\s+opmerkingen|inbreng|vragen)\\s+van\\s+het\\s+lid\\s+(.{2,60}?)\\s*(?:\\(([^)]{2,40})\\))?\\s*:?\\s*$");

  /** "De leden van de D66-fractie", "de GroenLinks-PvdA-fractie", "De VVD-leden", "de leden van de Groep Van Haga". */
  private static final Pattern FACTION_IN_TEXT =
      Pattern.compile(
          "(?:leden\\s+van\\s+de\\s+((?:Groep\\s+)?[\\p{L}0-9][\\p{L}0-9 -]{0,40}?)(?:[- ]fractie\\b|(?=\\s+(?:hebben|zijn|danken|vragen|lezen|constateren|willen)))"
              + "|\\b([\\p{Lu}][\\p{L}0-9-]{1,30}?)-?fractie(?:leden)?\\b|\\b([\\p{Lu}][\\p{L}0-9-]{1,20})-leden\\b)");

  private Askers() {}

  /** The asker a faction or member header names, or null when the line is no such header. */
  static Asker header(String line) {
    // both headers open with one of these words
    if (line.length() > 140 || !Texts.startsWithAnyIgnoreCase(line, "vragen", "inbreng", "opmerkingen")
        || !(Texts.containsIgnoreCase(line, "leden") || Texts.containsIgnoreCase(line, "lid "))) {
      return null;
    }
    Matcher faction = FACTION_HEADER.matcher(line);
    if (faction.matches()) {
      String printed = faction.group(1).strip();
      String party = Parties.canonical(printed);
      if (party == null) {
        return null;
      }
      return new Asker(party, List.of(), "de leden van de " + printed);
    }
    Matcher member = MEMBER_HEADER.matcher(line);
    if (member.matches() && member.group(2) != null) {
      String party = Parties.canonical(member.group(2));
      return new Asker(party, List.of(surname(member.group(1))), "het lid " + member.group(1).strip() + " (" + member.group(2) + ")");
    }
    return null;
  }

  /** The first party the members' own text names ("De leden van de SP-fractie vragen …"), or null. */
  static String partyInText(String text) {
    Matcher m = FACTION_IN_TEXT.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= 3; g++) {
        if (m.group(g) != null) {
          String party = Parties.canonical(m.group(g));
          if (party != null) {
            return party;
          }
        }
      }
    }
    return null;
  }

  /** "Van der Werf" from "Van der Werf", "J. van der Werf" or "Jan van der Werf": the surname as printed in Kamer style. */
  static String surname(String name) {
    List<String> words = new ArrayList<>(List.of(WHITE_SPACE.split(name.strip())));
    while (words.size() > 1 && (words.getFirst().endsWith(".") || Character.isUpperCase(words.getFirst().charAt(0)) && isGivenName(words))) {
      words.removeFirst();
    }
    String joined = String.join(" ", words);
    return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
  }

  /** A capitalised first word followed by a lower-case particle ("Jan van der Werf") is a given name. */
  private static boolean isGivenName(List<String> words) {
    return words.size() > 1 && Character.isLowerCase(words.get(1).charAt(0));
  }
}
