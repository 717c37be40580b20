package nl.vraagbaak.parse;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical party names: every spelling of one party maps to one name ("GL-PvdA", "GroenLinks-PvdA-fractie" and
 * "GroenLinks- en PvdA-fractie" all become "GroenLinks-PvdA"). The spellings are listed here, in one place.
 */
public final class Parties {

  /** Compiled once: {@code String.split/replaceAll/matches} compile their expression on every call. */
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern FRACTIE_SUFFIX = Pattern.compile("(?i)[- ]?fractie(leden)?$");

  /** Canonical name, then the spellings (already normalised by {@link #key}) that mean it. */
  private static final Map<String, String> CANONICAL = new LinkedHashMap<>();

  static {
    add("GroenLinks-PvdA", "groenlinkspvda", "glpvda", "groenlinksenpvda", "groenlinksenpartijvandearbeid");
    add("GroenLinks", "groenlinks", "gl");
    add("PvdA", "pvda", "partijvandearbeid");
    add("D66", "d66", "democraten66");
    add("VVD", "vvd", "volkspartijvoorvrijheidendemocratie");
    add("PVV", "pvv", "partijvoordevrijheid");
    add("CDA", "cda", "christendemocratischappel");
    add("SP", "sp", "socialistischepartij");
    add("ChristenUnie", "christenunie", "cu");
    add("SGP", "sgp", "staatkundiggereformeerdepartij");
    add("PvdD", "pvdd", "partijvoordedieren");
    add("DENK", "denk");
    add("FvD", "fvd", "forumvoordemocratie");
    add("JA21", "ja21");
    add("Volt", "volt");
    add("BBB", "bbb", "boerburgerbeweging");
    add("NSC", "nsc", "nieuwsociaalcontract");
    add("50PLUS", "50plus");
    add("BVNL", "bvnl", "belangvannederland");
  }

  private static final Pattern GROUP = Pattern.compile("(?i)^groep[- ]+(.+)$");

  private Parties() {}

  private static void add(String canonical, String... spellings) {
    for (String spelling : spellings) {
      CANONICAL.put(spelling, canonical);
    }
  }

  /**
   * The canonical name of a party as printed ("GL-PvdA", "GroenLinks-PvdA-fractie", "Groep Van Haga"), or null when
   * the text names no party vraagbaak knows.
   */
  public static String canonical(String printed) {
    if (printed == null || printed.isBlank()) {
      return null;
    }
    String stripped = FRACTIE_SUFFIX.matcher(printed.strip()).replaceAll("").strip();
    Matcher group = GROUP.matcher(stripped);
    if (group.matches()) {
      return "Groep " + group.group(1).strip();
    }
    return CANONICAL.get(key(stripped));
  }

  /** Lower case, accents and everything but letters and digits removed; "en" between two names kept as "en". */
  static String key(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
