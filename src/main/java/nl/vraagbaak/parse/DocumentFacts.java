package nl.vraagbaak.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Extracted;
import nl.vraagbaak.extract.Line;

/**
 * The document's own facts (kind, title, date, committee, responder, reference), read from its head: the text
 * before its first question, where letters and reports print them. The body is not searched, because questions
 * and answers name many other ministers, committees and Kamerstukken.
 */
final class DocumentFacts {

  private static final List<String> MONTHS =
      List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december");

  private static final String DATE = "(\\d{1,2})\\s+(" + String.join("|", MONTHS) + ")\\s+(\\d{4})";

  /** Dates in the order they are trusted: the answer's own date first, the committee's dates last. */
  private static final List<Pattern> DATES =
      List.of(
          Pattern.compile("(?im)\\(ontvangen\\s+" + DATE + "\\)"),
          Pattern.compile("(?im)^\\s*Ontvangen\\s+" + DATE + "\\s*$"), // the government's Kamerstuk: "Ontvangen 20 november 2025"
          Pattern.compile("(?im)^\\s*Den\\s+Haag,\\s+" + DATE),
          Pattern.compile("(?im)^\\s*Datum\\s*:?\\s+" + DATE),
          Pattern.compile("(?im)bij\\s+brief\\s+van\\s+" + DATE),
          Pattern.compile("(?im)^\\s*Vastgesteld,?\\s+" + DATE));

  /** A word each of {@link #DATES} holds, in the same order: a head without it is not searched with that pattern. */
  private static final List<String> DATE_WORDS = List.of("ontvangen", "ontvangen", "haag", "datum", "brief", "vastgesteld");

  private static final Pattern COMMITTEE =
      Pattern.compile("\\b([Vv]aste\\s+commissie\\s+voor\\s+[\\p{Lu}][\\p{L}-]*(?:(?:,[ \\t]*|\\s+en\\s+|[ \\t]+)[\\p{Lu}][\\p{L}-]*)*)");

  private static final Pattern RESPONDER =
      Pattern.compile(
          "\\b([Mm]inister|[Ss]taatssecretaris|[Mm]inister-president)(?:\\s+(van|voor)\\s+(\\p{Lu}[\\p{L}-]*(?:(?:,\\s*|\\s+en\\s+|\\s+)\\p{Lu}[\\p{L}-]*)*))?");

  /** "2025Z06234": the number the Tweede Kamer gives written questions (and other incoming items) when it receives them. */
  private static final Pattern KAMERVRAGEN_NUMBER = Pattern.compile("\\b20\\d{2}z\\d{5}\\b", Pattern.CASE_INSENSITIVE);

  /** "Antwoorden van de minister van X op vragen van …": the office that answers, named in the answers' own header. */
  private static final Pattern ANSWERED_BY =
      Pattern.compile("(?i)^antwoord(?:en)?\\s+(?:van|namens)\\s+(?:de\\s+)?((?:minister|staatssecretaris)\\s+(?:van|voor)\\s+.*)");

  /** A signature: "De minister van Defensie,", "DE STAATSSECRETARIS VAN …". */
  private static final Pattern SIGNATURE = Pattern.compile("(?i)^(de\\s+)?(minister|staatssecretaris|minister-president)\\b.*,?$");

  /** The addressee of Kamervragen: "… aan de minister van Defensie over …". */
  private static final Pattern ADDRESSEE = Pattern.compile("(?i)\\baan\\s+de\\s+((?:minister|staatssecretaris)\\s+(?:van|voor)\\s+.*)");

  private static final Pattern OWN_REFERENCE =
      Pattern.compile("(?i)tweede\\s+kamer,\\s+vergaderjaar\\s+\\d{4}\\s*[–-]\\s*\\d{4},\\s+(\\d{2}\\s?\\d{3})(?:[-\\s]([\\dA-Z]+))?,\\s+nr\\.\\s+(\\d+)");

  private static final Pattern LETTER_SUBJECT = Pattern.compile("(?i)^\\s*(?:Betreft|Onderwerp)\\s*:?\\s*(.*)$");

  private static final Pattern HIERBIJ =
      Pattern.compile("(?i)\\bHierbij\\s+(?:ontvangt|treft|zend|bied)\\p{L}*\\s+u\\s+(.{10,200}?)(?:\\.\\s|\\.$|$)");

  private static final Pattern KAMERVRAGEN_HEAD =
      Pattern.compile("(?i)(?:schriftelijke\\s+)?vragen\\s+van\\s+(?:het\\s+(?:kamer)?lid|de\\s+(?:kamer)?leden)\\s+\\S");

  /** "Lijst van vragen en antwoorden over …" as a title line (with or without a leading "Nr. 9"). */
  private static final Pattern LIST_TITLE =
      Pattern.compile("(?i)^(?:nr\\.\\s*\\d+\\s+)?(lijst\\s+van\\s+(?:feitelijke\\s+)?vragen(?:\\s+en\\s+antwoorden)?\\s+(?:over|inzake|bij|met\\s+betrekking\\s+tot)\\s+.{5,150}?)\\s*\\.?$");

  /** The second line of a signature whose ministry wraps: "Welzijn en Sport,". */
  private static final Pattern SIGNATURE_TAIL = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:,?\\s+(?:en\\s+)?\\p{Lu}[\\p{L}-]*){0,4},?");

  /** "36 812 Wijziging van …", "36 800 XVI Vaststelling van …": a dossier number and its title. */
  private static final Pattern DOSSIER = Pattern.compile("^\\d{2}\\s?\\d{3}(?:\\s+[A-Z]{1,5}(?:-[A-Z0-9]+)?)?\\s+(\\p{Lu}\\p{Ll}.{10,})$");

  private static final Pattern ANY_YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

  /** "Bij brief van 12 mei zijn ze beantwoord": a date without its year, which the head gives elsewhere. */
  private static final Pattern LETTER_WITHOUT_YEAR =
      Pattern.compile("(?i)bij\\s+brief\\s+van\\s+(\\d{1,2})\\s+(" + String.join("|", MONTHS) + ")\\b(?!\\s+\\d{4})");

  private DocumentFacts() {}

  static Document of(Extracted extracted, Text text, Parsed parsed) {
    List<Line> head = head(text, parsed);
    String headText = joined(head);
    String answered = answeredOn(text);
    return new Document(
        extracted.id(),
        extracted.source(),
        extracted.format().label(),
        kind(headText, text, parsed),
        title(head),
        answered != null ? answered : date(head, headText),
        committee(headText),
        responder(head, text.lines()),
        reference(extracted.lines()));
  }

  /** The lines before the first question (at most 150), where the document's facts are printed. */
  private static List<Line> head(Text text, Parsed parsed) {
    int firstQuestion = Integer.MAX_VALUE;
    if (parsed != null) {
      for (Draft d : parsed.drafts()) {
        if (!d.question().isEmpty()) {
          firstQuestion = Math.min(firstQuestion, d.question().getFirst().sourceLine());
        }
      }
    }
    List<Line> head = new ArrayList<>();
    for (Line line : text.lines()) {
      if (line.sourceLine() >= firstQuestion || head.size() >= 150) {
        break;
      }
      head.add(line);
    }
    return head;
  }

  private static String joined(List<Line> lines) {
    StringBuilder out = new StringBuilder();
    for (Line line : lines) {
      out.append(line.text().strip()).append('\n');
    }
    return out.toString();
  }

  static String kind(String headText, Text text, Parsed parsed) {
    String head = headText.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    boolean answered = parsed != null && parsed.drafts().stream().anyMatch(d -> !d.answer().isEmpty());
    boolean asked = parsed != null && !parsed.drafts().isEmpty();
    if (asked && !answered) {
      return head.contains("ingezonden") ? "kamervragen" : "inbreng";
    }
    if (head.contains("lijst van vragen")) {
      return "lijst-van-vragen-en-antwoorden";
    }
    if (head.contains("ingezonden") || head.contains("aanhangsel") || head.contains("kamervragen")) {
      return "kamervragen";
    }
    if (head.contains("schriftelijk overleg") || head.contains("schriftelijke overleg") || head.contains("vragen en opmerkingen")) {
      return "schriftelijk-overleg";
    }
    if (KAMERVRAGEN_NUMBER.matcher(head).find() && KAMERVRAGEN_HEAD.matcher(head).find()) {
      return "kamervragen"; // "Antwoorden op vragen van het lid X (P) over … (2025Z06234)": the Kamer's number of the questions
    }
    if (head.contains("vragen van de vaste commissie") || head.contains("feitelijke vragen")) {
      return "lijst-van-vragen-en-antwoorden"; // a committee's questions answered in a list, without the Kamerstuk's title
    }
    if (head.contains("begrotingsbehandeling") || head.contains("termijn") || head.contains("debat") || head.contains("wetgevingsoverleg")
        || head.contains("notaoverleg") || head.contains("gesteld tijdens")) {
      return "antwoorden-debat";
    }
    if (!asked && head.contains("inbreng")) {
      return "inbreng";
    }
    return "onbekend";
  }

  private static String title(List<Line> head) {
    String subject = subject(head);
    if (subject != null) {
      return subject;
    }
    String asked = kamervragenHeader(head);
    if (asked != null) {
      return asked;
    }
    for (Line line : head) {
      if (!Texts.startsWithAnyIgnoreCase(line.text(), "nr.", "lijst")) {
        continue;
      }
      Matcher list = LIST_TITLE.matcher(line.text().strip());
      if (list.matches()) {
        return sentenceCase(list.group(1));
      }
    }
    for (Line line : head) {
      String t = line.text().strip();
      if (t.length() > 8 && t.length() < 120 && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)
          && t.chars().noneMatch(Character::isDigit)) {
        return sentenceCase(t);
      }
    }
    String dossier = dossierTitle(head);
    if (dossier != null) {
      return dossier;
    }
    String joined = joined(head);
    Matcher hierbij = Texts.containsIgnoreCase(joined, "hierbij") ? HIERBIJ.matcher(joined.replace('\n', ' ')) : null;
    if (hierbij != null && hierbij.find()) {
      String offered = hierbij.group(1).replaceFirst("^(?:de|het)\\s+", "").replaceFirst("\\s+aan(?=\\s+op\\b)", "");
      return sentenceCase(offered);
    }
    return null;
  }

  /**
   * The title of the Kamerstuk dossier a report belongs to ("36 812 Wijziging van de Wet langdurige zorg …"), printed
   * after its number at the top of the first page and wrapping over up to three lines.
   */
  private static String dossierTitle(List<Line> head) {
    for (int i = 0; i < head.size() && i < 40; i++) {
      String line = head.get(i).text().strip();
      if (line.isEmpty() || line.charAt(0) < '0' || line.charAt(0) > '9') {
        continue; // the dossier number comes first
      }
      Matcher m = DOSSIER.matcher(line);
      if (!m.matches()) {
        continue;
      }
      StringBuilder title = new StringBuilder(m.group(1));
      for (int n = i + 1; n < head.size() && n < i + 3 && !head.get(n).isBlank(); n++) {
        String next = head.get(n).text().strip();
        if (next.regionMatches(true, 0, "Nr.", 0, 3)) {
          break;
        }
        title.append(' ').append(next);
      }
      return title.toString().replaceFirst("[.;]$", "");
    }
    return null;
  }

  /** The subject a letter names after "Betreft" or "Onderwerp" (on the same line or the next), or null. */
  private static String subject(List<Line> head) {
    for (int i = 0; i < head.size(); i++) {
      String line = head.get(i).text();
      if (!Texts.startsWithAnyIgnoreCase(line, "betreft", "onderwerp")) {
        continue;
      }
      Matcher subject = LETTER_SUBJECT.matcher(line);
      if (subject.matches()) {
        String value = subject.group(1).strip();
        if (value.isEmpty() && i + 1 < head.size()) {
          value = head.get(i + 1).text().strip();
        }
        if (!value.isEmpty()) {
          return value;
        }
      }
    }
    return null;
  }

  /**
   * The Kamervragen header "Vragen van het lid X (PARTY) aan de minister van Y over Z (ingezonden …)." as the title,
   * without its date; it may wrap over a few lines. Member headers of a committee round name no addressee and are no
   * title.
   */
  private static String kamervragenHeader(List<Line> head) {
    for (int i = 0; i < head.size(); i++) {
      String first = head.get(i).text().strip();
      if (!Texts.startsWithAnyIgnoreCase(first, "schriftelijke", "vragen") || !KAMERVRAGEN_HEAD.matcher(first).lookingAt()) {
        continue;
      }
      StringBuilder header = new StringBuilder(first);
      for (int n = i + 1; n < head.size() && n < i + 4 && !head.get(n).isBlank() && !header.toString().contains(")."); n++) {
        header.append(' ').append(head.get(n).text().strip());
      }
      String text = header.toString().replaceAll("\\s+", " ");
      if (text.contains(" aan de ") && text.contains(" over ")) {
        return text.replaceFirst("\\s*\\((?:ingezonden|ontvangen)[^)]*\\)?\\s*\\.?\\s*$", "").replaceFirst("\\.$", "").strip();
      }
    }
    return null;
  }

  private static String sentenceCase(String text) {
    String t = text.strip();
    if (t.equals(t.toUpperCase(Locale.ROOT))) {
      t = t.toLowerCase(Locale.ROOT);
    }
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private static String date(List<Line> head, String headText) {
    for (int p = 0; p < DATES.size(); p++) {
      if (!Texts.containsIgnoreCase(headText, DATE_WORDS.get(p))) {
        continue;
      }
      Matcher m = DATES.get(p).matcher(headText);
      while (m.find()) {
        String iso = iso(m.group(1), m.group(2), m.group(3));
        if (iso != null) {
          return iso;
        }
      }
    }
    Matcher noYear = LETTER_WITHOUT_YEAR.matcher(headText.replace('\n', ' '));
    Matcher year = ANY_YEAR.matcher(headText);
    if (noYear.find() && year.find()) {
      return iso(noYear.group(1), noYear.group(2), year.group());
    }
    return null;
  }

  /**
   * The date of "Antwoord van minister X (…) (ontvangen 16 februari 2026)": Kamervragen print the answers' own date
   * there, often after all the questions, so outside the head.
   */
  private static String answeredOn(Text text) {
    List<Line> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i).text();
      int start = Texts.firstNonWhitespace(raw);
      if (!raw.regionMatches(true, start, "Antwoord van", 0, 12) && !raw.regionMatches(true, start, "Antwoorden van", 0, 14)) {
        continue;
      }
      String line = raw.strip();
      StringBuilder intro = new StringBuilder(line);
      for (int n = i + 1; n < lines.size() && n < i + 3 && !lines.get(n).isBlank(); n++) {
        intro.append(' ').append(lines.get(n).text().strip());
      }
      Matcher m = DATES.getFirst().matcher(intro);
      if (m.find()) {
        return iso(m.group(1), m.group(2), m.group(3));
      }
    }
    return null;
  }

  private static String iso(String day, String month, String year) {
    try {
      return LocalDate.of(Integer.parseInt(year), MONTHS.indexOf(month.toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(day)).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String committee(String headText) {
    // a line break ends the name unless "en" or a comma carries it on: the next line of a letterhead is no part of it
    if (!headText.contains("aste")) {
      return null; // "Vaste commissie", "vaste commissie"
    }
    Matcher m = COMMITTEE.matcher(headText);
    return m.find() ? "v" + m.group(1).substring(1).replaceAll("\\s+", " ") : null;
  }

  /**
   * The signature ("DE MINISTER VAN DEFENSIE", "De minister van Buitenlandse Zaken,") of the head, else the one under
   * the last answer (a letter that signs at its end), else the addressee of the questions.
   */
  private static String responder(List<Line> head, List<Line> lines) {
    String addressee = null;
    for (int i = 0; i < head.size(); i++) {
      String line = head.get(i).text().strip();
      if (line.isEmpty()) {
        continue; // else the blank line before a wrapped header would name the office without its second line
      }
      String next = i + 1 < head.size() ? head.get(i + 1).text().strip() : "";
      String signed = signed(line, next);
      if (signed != null) {
        return signed;
      }
      if (addressee == null) {
        Matcher to = Texts.containsIgnoreCase(line, "aan") || Texts.containsIgnoreCase(next, "aan") ? ADDRESSEE.matcher(line + " " + next) : null;
        if (to != null && to.find()) {
          addressee = office(to.group(1));
        }
      }
    }
    for (int i = Math.max(head.size(), lines.size() - TAIL); i < lines.size(); i++) {
      String signed = signed(lines.get(i).text().strip(), i + 1 < lines.size() ? lines.get(i + 1).text().strip() : "");
      if (signed != null) {
        return signed;
      }
    }
    return addressee != null ? addressee : answeredBy(head);
  }

  /** The office an answers' header names ("Antwoorden van de minister van X op vragen van …"), or null. */
  private static String answeredBy(List<Line> head) {
    for (int i = 0; i < head.size(); i++) {
      String line = head.get(i).text().strip();
      if (!line.regionMatches(true, 0, "antwoord", 0, 8)) {
        continue;
      }
      String next = i + 1 < head.size() ? head.get(i + 1).text().strip() : "";
      Matcher m = ANSWERED_BY.matcher(line + " " + next);
      if (m.find()) {
        return office(m.group(1));
      }
    }
    return null;
  }

  /** How many lines at the end of a text may hold the signature that closes it. */
  private static final int TAIL = 12;

  /** "en Werkgelegenheid,": the rest of an office that wraps without a comma ("De Minister van Sociale Zaken"). */
  private static final Pattern SIGNATURE_REST = Pattern.compile("en\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:en\\s+)?\\p{Lu}[\\p{L}-]*){0,3},");

  /** The office a signature line names (with its wrapped second line), or null when the line is no signature. */
  private static String signed(String line, String next) {
    boolean signature = !line.isEmpty() && line.length() < 90 && Texts.startsWithAnyIgnoreCase(line, "de", "minister", "staatssecretaris")
        && SIGNATURE.matcher(line).matches();
    if (!signature) {
      return null;
    }
    String candidate = line;
    if (line.endsWith(",") && SIGNATURE_TAIL.matcher(next).matches()
        || !line.endsWith(",") && SIGNATURE_REST.matcher(next).matches()) {
      candidate = line + " " + next; // "De minister van Volksgezondheid," / "Welzijn en Sport,"
    }
    return office(candidate);
  }

  /** "minister van Buitenlandse Zaken" from any casing of the office's words. */
  static String office(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.equals(t.toUpperCase(Locale.ROOT))) {
      t = titleCase(t);
    }
    Matcher m = RESPONDER.matcher(t);
    if (!m.find() || m.group(3) == null) {
      return null;
    }
    String ministry = m.group(3).strip();
    ministry = Character.toUpperCase(ministry.charAt(0)) + ministry.substring(1);
    return m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT) + " " + ministry;
  }

  private static String titleCase(String upper) {
    StringBuilder out = new StringBuilder();
    for (String word : upper.toLowerCase(Locale.ROOT).split(" ")) {
      boolean small = word.equals("van") || word.equals("voor") || word.equals("en") || word.equals("de");
      out.append(out.isEmpty() ? "" : " ").append(small || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }

  private static String reference(List<Line> raw) {
    for (Line line : raw) {
      if (!line.text().contains("vergaderjaar")) {
        continue;
      }
      Matcher m = OWN_REFERENCE.matcher(line.text());
      if (m.find()) {
        return m.group(1).replace(" ", "") + (m.group(2) == null ? "" : "-" + m.group(2)) + "-" + m.group(3);
      }
    }
    return null;
  }
}
