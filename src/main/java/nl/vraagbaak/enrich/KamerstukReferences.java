package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagbaak.parse.Pair;

/**
 * Parliamentary papers a pair cites, each under one canonical id: Kamerstukken in every printed form
 * ("Kamerstuk 36 045, nr. 267", "Kamerstuk 21501-02, nr. 3196", "Kamerstuk 36600-V-45", "Motienummer 28676-518",
 * "Kamerstukken II 2023/24, 36 410, nr. 12"), motions by name ("motie Paternotte c.s."), Aanhangsel and Handelingen
 * numbers, and links to officielebekendmakingen.nl and tweedekamer.nl.
 */
final class KamerstukReferences {

  static final String OFFICIAL = "https://zoek.officielebekendmakingen.nl/";

  /** A dossier number: five digits, possibly printed "36 045", not glued to other digits. */
  private static final String DOSSIER = "(?<![\\d/])(\\d{2}\\s?\\d{3})(?!\\d)";

  /** A dossier's part: "-02", "-V", " V", "-XVII", "-A" (the budget chapters and sub-series). */
  private static final String PART = "(?:(?:\\s?[-–]\\s?|\\s)([A-Z]{1,5}|\\d{2})(?![\\p{L}\\d]))?";

  /** "36 045, nr. 267", "21 501-02, nr. 3196", "36 800 V, nr. 48", "36 045, nummers 215 en 264". */
  static final Pattern WITH_NUMBER =
      Pattern.compile(DOSSIER + PART + "\\s*,?\\s*(?:nrs?|nummers?)\\.?\\s*(\\d{1,4}(?![\\d])(?:\\s*(?:,|en|&)\\s*\\d{1,4}(?!\\d|\\s\\d{3}(?!\\d)))*)");

  /** The first of two dossiers that share a paper: "Kamerstukken 28 676 en 36 045, nr. 395". */
  private static final Pattern JOINT_DOSSIER = Pattern.compile("(?i)kamerstukken\\s+(\\d{2}\\s?\\d{3})\\s+en\\s+$");

  /** "Kamerstuk 28676-518", "Motienummer 28676-518", "Kamerstuk 36600-V-45", "kst-21501-02-3196". */
  static final Pattern HYPHENATED =
      Pattern.compile("(?i:kamerstuk(?:ken)?(?:\\s+II)?|motienummer|motie\\s+nr\\.?|kst)[\\s-]+(\\d{5})[-–](?:([A-Z]{1,5}|\\d{2})[-–])?(\\d{1,4})(?![\\d-])(?!\\s*,?\\s*(?:nrs?|nummers?)\\b)");

  /** Budget motions numbered by letter: "Kamerstukken 36200 V, J en 36200 V, M". */
  static final Pattern LETTERED =
      Pattern.compile("(?<=Kamerstukken |Kamerstuk | en )(\\d{2}\\s?\\d{3})\\s?[-–]?([A-Z]{1,5}),\\s*([A-Z])(?![\\p{L}\\d])");

  static final Pattern AANHANGSEL =
      Pattern.compile("(?i)Aanhangsel\\s+(?:van\\s+de\\s+)?Handelingen(?:\\s+(II|I))?\\s*,?\\s*(?:vergaderjaar\\s+)?(\\d{4})\\s*[/–-]\\s*(\\d{2,4})\\s*,?\\s*(?:nr\\.?|nummer)\\s*(\\d{1,5})");

  static final Pattern HANDELINGEN =
      Pattern.compile("\\bHandelingen(?<!Aanhangsel Handelingen)(?<!Aanhangsel van de Handelingen)\\s+(II|I)\\s+(\\d{4})\\s*[/–-]\\s*(\\d{2,4})\\s*,?\\s*nr\\.?\\s*(\\d{1,4})(?:\\s*,\\s*item\\s+(\\d{1,3}))?");

  private static final Pattern OFFICIAL_URL =
      Pattern.compile("(?i)https?://(?:zoek\\.)?officielebekendmakingen\\.nl/((?:kst|ah-tk|ah-ek|h-tk|h-ek|blg|stb|stcrt|trb)-[A-Za-z0-9-]+?)(?:\\.html|\\.pdf|\\.xml)?(?=[\\s),;\\]]|\\.?$|\\.\\s)");

  private static final Pattern TWEEDE_KAMER_URL = Pattern.compile("(?i)https?://(?:www\\.)?tweedekamer\\.nl/[^\\s)\\]]+");

  private static final Pattern TWEEDE_KAMER_ID = Pattern.compile("(?i)\\b(?:id|did)=(\\d{4}[ZD]\\d{5})");

  /** A surname, with its lower- or upper-case particles: "Klaver", "Van der Werf", "van den Burg". */
  private static final String NAME = "(?:(?:[Vv]an|[Dd]e[rn]?|[Tt]e[rn]?|[Ii]n|'t|[Oo]p)\\s+)*\\p{Lu}\\p{Ll}[\\p{L}'’-]*";

  /**
   * "motie Klaver", "motie Paternotte c.s.", "motie Van Campen/Boswijk", "motie van de leden Van der Burg en Piri" (one
   * motion of two members), "de moties Klaver en Paternotte" (two motions).
   */
  static final Pattern MOTION =
      Pattern.compile("(?<![\\p{L}-])[Mm]otie(s?)(?:-|\\s+)(?:(?:van\\s+het\\s+lid|van\\s+de\\s+leden)\\s+)?(" + NAME + "(?:\\s*/\\s*" + NAME + "|\\s+en\\s+" + NAME + ")*)");

  /** Words that end a motion's "name" but are no member: "de motie van de Kamer". */
  private static final Set<String> NOT_A_MEMBER = Set.of("kamer", "tweede", "eerste", "regering", "minister", "staten", "raad", "europese");

  private KamerstukReferences() {}

  static List<Reference> in(Pair pair) {
    Map<String, Reference> found = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    texts.add(pair.question());
    texts.add(pair.answer());
    texts.addAll(pair.footnotes());
    for (String text : texts) {
      for (Reference r : in(text)) {
        found.putIfAbsent(r.id(), r);
      }
    }
    return List.copyOf(found.values());
  }

  /** Every reference in one text, in the order printed. */
  static List<Reference> in(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    // Cheap checks first: most answers cite nothing, and each pattern below is costly to try at every position.
    boolean url = text.contains("http") || text.contains("www.");
    boolean number = text.contains("nr") || text.contains("nummer");
    boolean kamerstuk = text.contains("amerstuk") || text.contains("otienummer") || text.contains("kst-") || text.contains("otie nr");
    boolean handelingen = text.contains("andelingen");
    boolean motion = text.contains("otie");
    if (!(url || number || kamerstuk || handelingen || motion)) {
      return List.of();
    }
    String flat = Words.singleSpaced(text);
    List<Found> found = new ArrayList<>();
    if (url) {
      urls(flat, found);
    }
    if (number) {
      withNumber(flat, found);
    }
    if (kamerstuk) {
      hyphenated(flat, found);
      lettered(flat, found);
    }
    if (handelingen) {
      aanhangsel(flat, found);
      handelingen(flat, found);
    }
    if (motion) {
      motions(flat, found);
    }
    found.sort(Comparator.comparingInt(Found::at));
    Map<String, Reference> unique = new LinkedHashMap<>();
    for (Found f : found) {
      unique.putIfAbsent(f.reference().id(), f.reference());
    }
    return List.copyOf(unique.values());
  }

  private record Found(int at, Reference reference) {}

  private static void withNumber(String text, List<Found> found) {
    if (digits(text, 0, text.length()) < 6) {
      return; // a dossier (five digits) and its number: "nr" alone is in many words ("aanrijding", "inrichting")
    }
    Windows.find(text, List.of("nr", "nummer"), 30, 60, WITH_NUMBER, (t, from, to) -> digits(t, from, to) >= 6, DIGIT_AFTER_NO_DIGIT, m -> {
      if (insideUrl(text, m.start())) {
        return;
      }
      String printed = printed(text, m);
      Matcher joint = JOINT_DOSSIER.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
      Matcher n = NUMBER.matcher(m.group(3));
      while (n.find()) {
        if (joint.find(0)) {
          found.add(new Found(m.start() - 1, kamerstuk(joint.group(1), null, n.group(), joint.group().strip() + " " + printed)));
        }
        found.add(new Found(m.start(), kamerstuk(m.group(1), m.group(2), n.group(), printed)));
      }
    });
  }

  private static void hyphenated(String text, List<Found> found) {
    if (!hasDigitBefore(text, '-') && !hasDigitBefore(text, '–')) {
      return; // every form has the dossier's digits before a hyphen
    }
    Windows.find(text, List.of("amerstuk", "AMERSTUK", "otienummer", "kst", "otie nr", "otie Nr"), 2, 40, HYPHENATED, ANYWHERE, K_OR_M, m -> {
      if (!insideUrl(text, m.start())) {
        found.add(new Found(m.start(), kamerstuk(m.group(1), m.group(2), m.group(3), m.group().strip())));
      }
    });
  }

  private static void lettered(String text, List<Found> found) {
    if (!hasCapitalBeforeComma(text, 0, text.length())) {
      return; // "36200 V, J": a capital before a comma
    }
    Windows.find(text, List.of("Kamerstuk"), 0, 80, LETTERED, KamerstukReferences::hasCapitalBeforeComma, DIGIT,
        m -> found.add(new Found(m.start(), kamerstuk(m.group(1), m.group(2), m.group(3), m.group().strip()))));
  }

  private static void aanhangsel(String text, List<Found> found) {
    Windows.find(text, List.of("anhangsel", "ANHANGSEL"), 2, 100, AANHANGSEL, ANYWHERE, A, m -> {
      String house = "I".equals(m.group(1)) ? "ek" : "tk";
      String id = "ah-" + house + "-" + session(m.group(2), m.group(3)) + "-" + Integer.parseInt(m.group(4));
      found.add(new Found(m.start(), new Reference(id, m.group().strip(), OFFICIAL + id)));
    });
  }

  private static void handelingen(String text, List<Found> found) {
    Windows.find(text, List.of("Handelingen"), 0, 80, HANDELINGEN, ANYWHERE, HANDELINGEN_WORD, m -> {
      String house = "I".equals(m.group(1)) ? "ek" : "tk";
      String id = "h-" + house + "-" + session(m.group(2), m.group(3)) + "-" + Integer.parseInt(m.group(4))
          + (m.group(5) == null ? "" : "-" + Integer.parseInt(m.group(5)));
      found.add(new Found(m.start(), new Reference(id, m.group().strip(), OFFICIAL + id)));
    });
  }

  private static void urls(String text, List<Found> found) {
    Matcher m = OFFICIAL_URL.matcher(text);
    while (m.find()) {
      String id = canonicalOfficialId(m.group(1));
      found.add(new Found(m.start(), new Reference(id, m.group(), OFFICIAL + id)));
    }
    Matcher tk = TWEEDE_KAMER_URL.matcher(text);
    while (tk.find()) {
      String url = TRAILING_PUNCTUATION.matcher(tk.group()).replaceAll("");
      Matcher id = TWEEDE_KAMER_ID.matcher(url);
      if (id.find()) {
        found.add(new Found(tk.start(), new Reference("tk-" + id.group(1).toUpperCase(Locale.ROOT), url, url)));
      }
    }
  }

  private static void motions(String text, List<Found> found) {
    if (!namesMotion(text, 0, text.length())) {
      return;
    }
    Windows.find(text, List.of("otie"), 1, 150, MOTION, KamerstukReferences::namesMotion, MOTIE, m -> {
      List<String> names = new ArrayList<>();
      boolean several = !m.group(1).isEmpty();
      for (String name : NAME_SEPARATOR.split(m.group(2))) {
        String[] words = SPACES.split(name.strip());
        if (NOT_A_MEMBER.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
          break;
        }
        names.add(name.strip());
      }
      if (several) {
        // "de moties Klaver en Paternotte": one motion per name
        for (String name : names) {
          found.add(new Found(m.start(), new Reference("motie-" + slug(name), "motie " + name, null)));
        }
      } else if (!names.isEmpty()) {
        String id = "motie-" + slug(String.join(" ", names));
        found.add(new Found(m.start(), new Reference(id, motionText(text, m), null)));
      }
    });
  }

  /** The printed motion with its "c.s." where there is one. */
  private static String motionText(String text, Matcher m) {
    Matcher cs = CO_SIGNED.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8));
    return (m.group() + (cs.lookingAt() ? cs.group() : "")).strip();
  }

  // Where each pattern can start (its first char; a non-ASCII char may match a case-insensitive letter): the pattern is
  // tried there only.

  static final Windows.Possible ANYWHERE = (text, from, to) -> true;

  /** WITH_NUMBER: a dossier's first digit, not after a digit or slash. */
  static final Windows.Start DIGIT_AFTER_NO_DIGIT =
      (text, p) -> isDigit(text.charAt(p)) && (p == 0 || !isDigit(text.charAt(p - 1)) && text.charAt(p - 1) != '/');

  /** LETTERED: a dossier's first digit. */
  static final Windows.Start DIGIT = (text, p) -> isDigit(text.charAt(p));

  /** HYPHENATED: "kamerstuk", "kst", "motienummer", "motie nr", in any case. */
  static final Windows.Start K_OR_M = (text, p) -> "kKmM".indexOf(text.charAt(p)) >= 0 || text.charAt(p) >= 128;

  /** AANHANGSEL: "Aanhangsel" in any case. */
  static final Windows.Start A = (text, p) -> text.charAt(p) == 'a' || text.charAt(p) == 'A' || text.charAt(p) >= 128;

  static final Windows.Start HANDELINGEN_WORD = (text, p) -> text.startsWith("Handelingen", p);

  static final Windows.Start MOTIE = (text, p) -> (text.charAt(p) == 'm' || text.charAt(p) == 'M') && text.startsWith("otie", p + 1);

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // Exact first checks on the whole text: where they fail, the pattern they guard cannot match anywhere in it.

  private static int digits(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        count++;
      }
    }
    return count;
  }

  private static boolean hasDigitBefore(String text, char c) {
    for (int i = text.indexOf(c, 1); i > 0; i = text.indexOf(c, i + 1)) {
      char before = text.charAt(i - 1);
      if (before >= '0' && before <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCapitalBeforeComma(String text, int from, int to) {
    for (int i = text.indexOf(',', from + 1); i > 0 && i < to; i = text.indexOf(',', i + 1)) {
      char before = text.charAt(i - 1);
      if (before >= 'A' && before <= 'Z') {
        return true;
      }
    }
    return false;
  }

  /** "motie" or "Motie" not glued to a letter or hyphen before it, as {@link #MOTION} starts. */
  private static boolean namesMotion(String text, int from, int to) {
    for (int i = text.indexOf("otie", from + 1); i > 0 && i + 4 <= to; i = text.indexOf("otie", i + 1)) {
      char m = text.charAt(i - 1);
      if ((m == 'm' || m == 'M') && (i == 1 || !Character.isLetter(text.charAt(i - 2)) && text.charAt(i - 2) != '-')) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern CO_SIGNED = Pattern.compile("\\s+c\\.\\s?s\\.?|\\s+cs\\.?");

  /** The words that name a Kamerstuk before its number: "Kamerstukken II 2023/24,". */
  private static final Pattern PREFIX =
      Pattern.compile("(?i)(?:kamerstuk(?:ken)?(?:\\s+II)?(?:\\s+\\d{4}\\s*[/–-]\\s*\\d{2,4},?)?|motienummer)\\s*$");

  /** kst-{dossier}[-{part}]-{number}, the id officielebekendmakingen.nl uses. */
  static Reference kamerstuk(String dossier, String part, String number, String printed) {
    String id = "kst-" + SPACE.matcher(dossier).replaceAll("") + (part == null ? "" : "-" + part.toUpperCase(Locale.ROOT))
        + "-" + (number.chars().allMatch(Character::isDigit) ? String.valueOf(Integer.parseInt(number)) : number);
    return new Reference(id, printed, OFFICIAL + id);
  }

  private static String canonicalOfficialId(String id) {
    Matcher kst = KST_ID.matcher(id);
    if (kst.matches()) {
      return kamerstuk(kst.group(1), kst.group(2), kst.group(3), id).id();
    }
    return id.toLowerCase(Locale.ROOT);
  }

  /** "2023", "24" → "20232024"; "2023", "2024" → "20232024". */
  private static String session(String first, String second) {
    String next = second.length() == 4 ? second : first.substring(0, 2) + second;
    return first + next;
  }

  private static boolean insideUrl(String text, int at) {
    int space = text.lastIndexOf(' ', at);
    String word = text.substring(space + 1, Math.min(text.length(), at + 1));
    return word.contains("://") || word.startsWith("www.");
  }

  private static String printed(String text, Matcher m) {
    int from = m.start();
    Matcher prefix = PREFIX.matcher(text.substring(Math.max(0, from - 40), from));
    if (prefix.find()) {
      from = Math.max(0, from - 40) + prefix.start();
    }
    return text.substring(from, m.end()).strip();
  }

  static String slug(String name) {
    String slug = NOT_SLUG.matcher(APOSTROPHES.matcher(Words.fold(name)).replaceAll("")).replaceAll("-");
    return OUTER_HYPHENS.matcher(slug).replaceAll("");
  }

  // Patterns compiled once, each as the String method with the same regex did on every call.

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]+$");

  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*/\\s*|\\s+en\\s+");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern SPACE = Pattern.compile("\\s");

  private static final Pattern KST_ID = Pattern.compile("(?i)kst-(\\d{5})-(?:([A-Za-z]{1,5}|\\d{2})-)?(\\d{1,4})");

  private static final Pattern APOSTROPHES = Pattern.compile("['’]");

  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  private static final Pattern OUTER_HYPHENS = Pattern.compile("^-|-$");
}
