package nl.vraagbaak.repair;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header row of a table of questions that extraction flattened into a line, and that is printed again on every
 * page: "Nr. Naam Fractie Vraag Antwoord", "Kamerlid Fractie Vraag en antwoord", "Nr Vraag Bijlage Blz. (van) t/m".
 * Repair drops its copies at the tops of later pages; the layouts skip the first.
 */
public final class ColumnHeaders {

  private static final Set<String> WORDS =
      Set.of("nr", "nr.", "naam", "kamerlid", "lid", "fractie", "partij", "vraag", "vragen", "antwoord", "antwoorden", "en", "/",
          "onderwerp", "vraagsteller", "bijlage", "blz", "blz.", "(van)", "t/m", "tot", "pagina", "paragraaf");

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private ColumnHeaders() {}

  /** Whether the line is nothing but two to eight column names. */
  public static boolean is(String text) {
    String[] words = WHITE_SPACE.split(text.strip().toLowerCase(Locale.ROOT));
    if (words.length < 2 || words.length > 8) {
      return false;
    }
    for (String word : words) {
      if (!WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
