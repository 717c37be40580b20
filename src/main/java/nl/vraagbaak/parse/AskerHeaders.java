package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that say who asks the questions that follow: a faction header ("Vragen en opmerkingen van de leden van de
 * D66-fractie", "Inbreng van de leden van de Groep Markuszower") or a member header ("Vragen van het lid Piri
 * (GL-PvdA)", "Vragen van de leden van der Werf en Klos (D66) aan de minister van X over Y (ingezonden 12 januari
 * 2026).").
 */
final class AskerHeaders {

  /** Compiled once: {@code String.split/replaceAll/matches} compile their expression on every call. */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+en\\s+");
  private static final Pattern VRAGEN_VAN = Pattern.compile("(?i)^vragen\\s+van\\s+");
  private static final Pattern LEADING_MARK = Pattern.compile("^\\s*[:.]?\\s*");

  /**
   * Who asks, and for a Kamervragen header the subject after "over", else null. A singular "Vraag van het lid X
   * (PARTY): …" labels one question: {@code question} is true and {@code inline} holds the text after the label.
   */
  record Header(Asker asker, String topic, boolean question, String inline) {

    Header(Asker asker, String topic) {
      this(asker, topic, false, "");
    }
  }

  private static final Pattern FACTION =
      Pattern.compile(
          "(?i)^(?:vragen\\s+en\\s+opmerkingen|inbreng|vragen|opmerkingen)\\s+(?:van|vanuit)\\s+de\\s+leden\\s+van\\s+de\\s+"
              + "(?!fracties\\b)(.{2,60}?)[\\s.:]*$");

  private static final Pattern MEMBERS =
      Pattern.compile(
          "(?i)^(?:antwoord(?:en)?\\s+op\\s+(?:de\\s+)?)?(?:schriftelijke\\s+)?(?:kamer)?vra(?:gen|ag)\\s+van\\s+(?:het\\s+(?:kamer)?lid|de\\s+(?:kamer)?leden)\\s+([^()]{2,120}?)\\s*\\(([^()]{2,40})\\)(.*)$");

  /** "Het lid Bontenbal (CDA) vraagt …", "De leden Dassen (Volt) en Paternotte (D66) vragen …": a question told. */
  private static final Pattern OPENER =
      Pattern.compile("^(?:[Hh]et\\s+(?:[Kk]amer)?lid|[Dd]e\\s+(?:[Kk]amer)?leden)\\s+([^()]{2,80}?)\\s*\\(([^()]{2,40})\\)");

  private static final Pattern OPENER_VERB =
      Pattern.compile("\\s+(?:vraagt|vragen|vroeg|vroegen|wil|willen|wenst|wensen|verzoekt|verzoeken|informeert|informeren|informeerde"
          + "|heeft|hebben|had|hadden|is|zijn|wijst|wijzen|merkt|merken|constateert|constateren|roept|roepen|pleit|pleiten|stelt|stellen)\\b");

  /** A further member with their own party after the first: " en Van der Werf (D66)", ", Bikker (ChristenUnie)". */
  private static final Pattern MORE_MEMBERS = Pattern.compile("(?:,|\\s+en)\\s+([^()]{2,60}?)\\s*\\([^()]{2,40}\\)");

  private static final Pattern SUBJECT =
      Pattern.compile("(?i)\\bover\\s+(.+?)\\s*(?:\\((?:ingezonden|ontvangen)[^)]*\\))?\\s*\\.?\\s*$");

  private static final Pattern INITIALS = Pattern.compile("^(?:\\p{Lu}\\p{Ll}?\\.\\s*)+");

  /** Words that open a Dutch surname ("Van der Werf", "De Jong", "El Abassi"), so never a given name. */
  private static final Set<String> PARTICLES =
      Set.of("van", "de", "den", "der", "ter", "ten", "te", "el", "al", "op", "in", "'t", "la", "le", "du", "da", "di", "dos", "von");

  private AskerHeaders() {}

  /** The header this line is, or null when it is none. */
  static Header of(String line) {
    // both patterns are anchored at the start, which must be one of these words: most lines are ruled out here
    if (!Texts.startsWithAnyIgnoreCase(line, "vra", "inbreng", "opmerkingen", "antwoord", "schriftelijke", "kamervra")) {
      return null;
    }
    String text = Texts.collapseSpaces(line);
    if (text.length() > 400) {
      return null;
    }
    Matcher faction = FACTION.matcher(text);
    if (faction.matches()) {
      String party = Parties.canonical(faction.group(1));
      return party == null ? null : new Header(new Asker(party, List.of(), text), null);
    }
    Matcher members = MEMBERS.matcher(text);
    if (members.matches()) {
      String party = party(members.group(2));
      if (party == null) {
        return null;
      }
      List<String> names = new ArrayList<>(surnames(members.group(1)));
      int end = members.end(2) + 1;
      // "Kathmann (GroenLinks-PvdA) en Van der Werf (D66)": members of other parties join; the first party is the asker's
      for (Matcher more = MORE_MEMBERS.matcher(text).region(end, text.length()); more.lookingAt(); more.region(end, text.length())) {
        names.addAll(surnames(more.group(1)));
        end = more.end();
      }
      if (text.regionMatches(true, 0, "vraag ", 0, 6)) {
        String inline = LEADING_MARK.matcher(text.substring(end)).replaceFirst("");
        return new Header(new Asker(party, names, text.substring(0, end)), null, true, inline);
      }
      Matcher subject = SUBJECT.matcher(text.substring(end));
      String topic = subject.find() ? subject.group(1).strip() : null;
      return new Header(new Asker(party, names, text.substring(0, end)), topic);
    }
    return null;
  }

  /** "… de vragen van het lid Inge van Dijk (CDA) over …", "… vragen van het Tweede Kamerlid X (D66)" in running text. */
  private static final Pattern MENTIONED =
      Pattern.compile("(?i)\\bvragen\\s+van\\s+(?:het\\s+(?:(?:tweede\\s+)?kamer)?lid|de\\s+(?:(?:tweede\\s+)?kamer)?leden)\\s+([^()]{2,80}?)\\s*\\(([^()]{2,40})\\)");

  /**
   * The asker a letter names in its running text ("Hierbij zend ik u de antwoorden op de vragen van het lid X (PARTY)
   * over …"), or null: where no header precedes the questions, that sentence says whose they are.
   */
  static Asker mentioned(String text) {
    // every match starts with "vragen": the search starts at its first occurrence (bounds transparent for "\b")
    int first = Texts.indexOfIgnoreCase(text, "vragen");
    if (first < 0) {
      return null;
    }
    Matcher m = MENTIONED.matcher(text).useTransparentBounds(true).region(first, text.length());
    if (!m.find()) {
      m = HAS_ASKED.matcher(text);
      if (!m.find()) {
        return null;
      }
    }
    String party = party(m.group(2));
    if (party == null) {
      return null;
    }
    List<String> names = new ArrayList<>(surnames(m.group(1)));
    int end = moreMembers(text, m.end(), names);
    return new Asker(party, names, VRAGEN_VAN.matcher(text.substring(m.start(), end)).replaceFirst(""));
  }

  /** "… heeft het lid X (PARTY) de volgende vragen gesteld …": a letter that quotes the questions it answers. */
  private static final Pattern HAS_ASKED =
      Pattern.compile("(?i)(?<=\\b(?:heeft|hebben)\\s)(?:het\\s+(?:(?:tweede\\s+)?kamer)?lid|de\\s+(?:(?:tweede\\s+)?kamer)?leden)\\s+([^()]{2,80}?)\\s*\\(([^()]{2,40})\\)(?=[^.]{0,80}?\\bvragen\\s+gesteld)");

  /** Adds the surnames of the members listed after {@code from} (", X (PARTY)", "en Y (PARTY)") and returns where they end. */
  private static int moreMembers(String text, int from, List<String> names) {
    int end = from;
    for (Matcher more = MORE_MEMBERS.matcher(text).region(end, text.length()); more.lookingAt(); more.region(end, text.length())) {
      names.addAll(surnames(more.group(1)));
      end = more.end();
    }
    return end;
  }

  /** The asker of a paragraph that tells a member's question ("Het lid X (PARTY) vraagt …"), or null. */
  static Asker opener(String line) {
    int first = Texts.firstNonWhitespace(line);
    if (first + 1 >= line.length() || "HhDd".indexOf(line.charAt(first)) < 0) {
      return null; // the opener starts with "Het" or "De"
    }
    String text = line.strip();
    if (text.length() < 12 || text.charAt(1) != 'e' && text.charAt(1) != 'E') {
      return null;
    }
    if (text.indexOf('(') < 0 || text.indexOf("lid") < 0 && text.indexOf("leden") < 0) {
      return null; // the opener names "lid" or "leden" and a party in brackets
    }
    Matcher m = OPENER.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    String party = party(m.group(2));
    if (party == null) {
      return null;
    }
    List<String> names = new ArrayList<>(surnames(m.group(1)));
    int end = moreMembers(text, m.end(), names);
    if (!OPENER_VERB.matcher(text).region(end, text.length()).lookingAt()) {
      return null;
    }
    return new Asker(party, names, text.substring(0, end));
  }

  /** "(beiden PvdD)", "(allen VVD)": the party of every member named before it. */
  private static final Pattern EACH = Pattern.compile("(?i)^(?:beiden|beide|allebei|allen|alle\\s+\\p{L}+)\\s+");

  /** The canonical party of a parenthesis after members' names, or null. */
  private static String party(String printed) {
    return Parties.canonical(EACH.matcher(printed.strip()).replaceFirst(""));
  }

  /** "van der Werf en Klos" as ["Van der Werf", "Klos"]; initials and first names before a surname are dropped. */
  static List<String> surnames(String names) {
    List<String> out = new ArrayList<>();
    for (String name : NAME_SEPARATOR.split(names)) {
      String surname = withoutGivenName(INITIALS.matcher(name.strip()).replaceFirst("").strip());
      if (!surname.isEmpty()) {
        out.add(Character.toUpperCase(surname.charAt(0)) + surname.substring(1));
      }
    }
    return out;
  }

  /** "Daniëlle Jansen" is "Jansen", "Jan van der Werf" is "van der Werf"; "Van der Werf" and "Jansen" stay. */
  static String withoutGivenName(String name) {
    String[] words = WHITE_SPACE.split(name);
    if (words.length < 2 || PARTICLES.contains(words[0].toLowerCase(java.util.Locale.ROOT))
        || !Character.isUpperCase(words[0].charAt(0)) || words[0].contains("-")) {
      return name;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
  }
}
