package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;
import nl.vraagbaak.repair.ColumnHeaders;

/**
 * Answers to a debate printed as a table whose columns extraction flattened into rows: the member's surname and
 * initials, the party, then the question and "Antwoord: …", each wrapped over several lines ("Heutink, H PVV Vraag: Kan
 * de minister …"). A row may carry a number first ("3 Kostić, I PvdD …"), print the member on a line of their own with
 * "Vraag: …" on the next, or leave out the "Vraag:" label. The column header, repeated on every page, is skipped.
 */
final class DebateTableLayout implements Layout {

  /** Compiled once: {@code String.split/replaceAll/matches} compile their expression on every call. */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /**
   * "Heutink, H", "Van der Plas, C.", "Dijk, J.A. van", "Werf, van der, A" with what follows, maybe after a row number;
   * the particles stand either after the initials or, set off by commas, before them.
   */
  private static final Pattern ROW =
      Pattern.compile(
          "^\\s*(?:(\\d{1,3})[.)]?\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,3}),\\s*"
              + "((?:(?:van|de|der|den|ter|ten|te|el|in|het)\\s*)+,\\s*)?((?:\\p{Lu}\\.?){1,4})"
              + "((?:\\s+(?:van|de|der|den|ter|ten|te|el))*)\\s+(\\S.*)$");

  /** "Heutink (PVV) Vraag: …": a member column without initials; the "Vraag" label is then required. */
  private static final Pattern ROW_WITH_PARTY =
      Pattern.compile("^\\s*(?:(\\d{1,3})[.)]?\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,3})\\s*\\(([^()]{2,30})\\)\\s+[Vv]raag\\s*[:.]\\s*(.*)$");

  private static final Pattern QUESTION_LABEL = Pattern.compile("(?i)^vraag\\s*[:.]?\\s*");

  /**
   * Where a row starts: its line, number (or null), who asks, the question text on that line, the row's first line,
   * and whether every cell stands on lines of its own without labels (a Word table), so that the question cell ends
   * with its question mark.
   */
  private record Row(int at, Integer number, Asker asker, String inline, int from, boolean cells) {

    Row(int at, Integer number, Asker asker, String inline) {
      this(at, number, asker, inline, at, false);
    }
  }

  @Override
  public String name() {
    return "debat-tabel";
  }

  @Override
  public double score(Text text) {
    List<Row> rows = rows(text.lines());
    // three per row outbids a labeled layout reading the same "Vraag:" and "Antwoord:" (two per pair at most)
    return rows.size() < 2 ? 0 : 3.0 * rows.size();
  }

  @Override
  public Parsed parse(Text text) {
    List<Line> lines = text.lines();
    List<Row> rows = rows(lines);
    List<Draft> drafts = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      Row row = rows.get(k);
      int end = k + 1 < rows.size() ? rows.get(k + 1).from() : lines.size();
      drafts.add(draft(row, lines, end));
    }
    return new Parsed(drafts, List.<Issue>of());
  }

  private static Draft draft(Row row, List<Line> lines, int end) {
    List<Line> question = new ArrayList<>();
    List<Line> answer = new ArrayList<>();
    if (!row.inline().isEmpty()) {
      question.add(lines.get(row.at()).withText(row.inline()));
    }
    List<Line> target = question;
    int questionEnd = row.cells() ? questionCellEnd(lines, row.at() + 1, end) : end;
    for (int i = row.at() + 1; i < end; i++) {
      Line line = lines.get(i);
      if (i > questionEnd) {
        target = answer;
      }
      if (isColumnHeader(line.text())) {
        continue;
      }
      QaLabels.Label label = target == question || answer.isEmpty() ? QaLabels.of(line.text()) : null;
      if (label != null && label.kind() == QaLabels.Kind.ANSWER && label.numbers().isEmpty()) {
        target = answer;
        if (!label.inline().isEmpty()) {
          answer.add(line.withText(label.inline()));
        }
        continue;
      }
      if (target == question && question.isEmpty()) {
        line = line.withText(QUESTION_LABEL.matcher(line.text().strip()).replaceFirst(""));
      }
      target.add(line);
    }
    List<Integer> numbers = row.number() == null ? List.of() : List.of(row.number());
    String label = row.number() == null ? null : String.valueOf(row.number());
    return new Draft(numbers, label, row.asker(), null, LabeledLayout.trim(question), LabeledLayout.trim(answer));
  }

  /** Rows in order; a row counts when an "Antwoord" label follows it before the next row. */
  private static List<Row> rows(List<Line> lines) {
    List<Row> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Row row = row(lines.get(i).text(), i);
      if (row == null && i + 1 < lines.size()) {
        row = splitRow(lines, i);
      }
      if (row == null && i + 2 < lines.size()) {
        row = cellRow(lines, i);
      }
      if (row == null && i + 1 < lines.size()) {
        row = numberedCellsRow(lines.get(i).text(), i);
      }
      if (row != null) {
        candidates.add(row);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      int end = k + 1 < candidates.size() ? candidates.get(k + 1).from() : lines.size();
      Row row = candidates.get(k);
      if (answered(lines, row.at() + 1, end)) {
        rows.add(row);
      } else if ((row.cells() || row.inline().isEmpty()) && questionCellEnd(lines, row.at() + 1, end) < end - 1) {
        // without labels the question and answer cells follow the row's first cells: "3 Dijk, J.P. SP" / "Is de …?"
        rows.add(new Row(row.at(), row.number(), row.asker(), "", row.from(), true));
      }
    }
    return rows;
  }

  private static boolean answered(List<Line> lines, int from, int end) {
    for (int i = from; i < end; i++) {
      QaLabels.Label label = QaLabels.of(lines.get(i).text());
      if (label != null && label.kind() == QaLabels.Kind.ANSWER) {
        return true;
      }
    }
    return false;
  }

  /** The row that starts on this line, or null: a name with initials followed by a party vraagbaak knows. */
  static Row row(String text, int at) {
    if (!startsRow(text)) {
      return null;
    }
    Matcher withParty = text.indexOf('(') > 0 && text.indexOf("raag") > 0 ? ROW_WITH_PARTY.matcher(text) : null;
    if (withParty != null && withParty.matches() && Parties.canonical(withParty.group(3)) != null) {
      Integer number = withParty.group(1) == null ? null : Integer.valueOf(withParty.group(1));
      Asker asker = new Asker(Parties.canonical(withParty.group(3)), List.of(surname(withParty.group(2), "")),
          withParty.group(2) + " (" + withParty.group(3) + ")");
      return new Row(at, number, asker, withParty.group(4).strip());
    }
    int comma = text.indexOf(',');
    if (comma < 2 || comma > 40 || words(text, comma) > 5) {
      return null; // a row number and a name of at most four words come before the first comma
    }
    Matcher m = ROW.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String[] rest = WHITE_SPACE.split(m.group(6).strip());
    String particles = m.group(3) == null ? m.group(5) : m.group(3).replace(",", " ").strip() + m.group(5);
    for (int k = Math.min(3, rest.length); k >= 1; k--) {
      String printed = String.join(" ", List.of(rest).subList(0, k));
      String party = Parties.canonical(printed);
      if (party == null || party.startsWith("Groep ") && k == 1) {
        continue;
      }
      String inline = String.join(" ", List.of(rest).subList(k, rest.length));
      inline = QUESTION_LABEL.matcher(inline).replaceFirst("");
      Integer number = m.group(1) == null ? null : Integer.valueOf(m.group(1));
      String surname = surname(m.group(2), particles);
      String who = m.group(2) + ", " + (m.group(3) == null ? "" : m.group(3)) + m.group(4) + m.group(5) + " " + printed;
      return new Row(at, number, new Asker(party, List.of(surname), who), inline);
    }
    return null;
  }

  /** Both row patterns start, after white space, with a row number or a capital. */
  private static boolean startsRow(String text) {
    int i = 0;
    while (i < text.length() && Texts.isSpace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) >= '0' && text.charAt(i) <= '9' || Character.isUpperCase(text.charAt(i)));
  }

  /** The runs of characters other than white space before {@code end}. */
  private static int words(String text, int end) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < end; i++) {
      boolean space = Texts.isSpace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /**
   * A row of a Word table whose cells extraction put each on lines of their own, without labels: the row number
   * (optional), the member's surname, the party, then the question and the answer. The row is said to start on the
   * party's line.
   */
  private static Row cellRow(List<Line> lines, int at) {
    String name = lines.get(at).text();
    String printedParty = lines.get(at + 1).text();
    if (name.indexOf('(') > 0 && name.length() <= 60) {
      return memberCellRow(lines, at);
    }
    if (!mayBeNameCell(name) || !mayBePartyCell(printedParty)) {
      return null; // most lines are longer than a name or hold a digit or punctuation: no regular expression for them
    }
    name = name.strip();
    printedParty = printedParty.strip();
    String party = Parties.canonical(printedParty);
    if (party == null || !SURNAME_CELL.matcher(name).matches() || Parties.canonical(name) != null) {
      return null;
    }
    int first = at;
    String before = at > 0 ? lines.get(at - 1).text().strip() : "";
    if (at > 1 && NAME_PART.matcher(before).matches() && ROW_NUMBER_CELL.matcher(lines.get(at - 2).text().strip()).matches()) {
      name = before + " " + name; // a name wrapped in its narrow cell: "Van der" / "Werf"
      first = at - 1;
      before = lines.get(at - 2).text().strip();
    }
    boolean numbered = ROW_NUMBER_CELL.matcher(before).matches();
    Integer number = numbered ? Integer.valueOf(before.replaceAll("\\D", "")) : null;
    Asker asker = new Asker(party, List.of(surname(name, "")), name + " (" + printedParty + ")");
    return new Row(at + 1, number, asker, "", numbered ? first - 1 : first, true);
  }

  /** The first line of a name wrapped in its cell: capitalised words or particles, nothing else ("Van der", "Daniëlle"). */
  private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,2}");

  /** "2 El Abassi DENK", "3 Dijk, J.P. SP": the row number, name and party cells extraction put on one line. */
  private static final Pattern NUMBERED_CELLS =
      Pattern.compile("^\\s*(\\d{1,3})\\.?\\s+(\\p{Lu}[\\p{L}'’-]*(?:,?\\s+[\\p{L}0-9.'’-]+){0,5})\\s*$");

  /** The name before an optional comma and initials: "Dijk, J.P." is "Dijk". */
  private static final Pattern INITIALS_AFTER_COMMA = Pattern.compile(",\\s*(?:\\p{Lu}\\.?)+\\s*$");

  /**
   * A row whose number, name and party cells share a line, the question cell on the lines after it: the party is the
   * line's last one to three words, the name the one to four words between.
   */
  private static Row numberedCellsRow(String text, int at) {
    if (text.length() > 70 || !startsRow(text) || !Character.isDigit(text.charAt(Texts.firstNonWhitespace(text)))) {
      return null;
    }
    Matcher m = NUMBERED_CELLS.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String[] words = WHITE_SPACE.split(m.group(2).strip());
    for (int k = Math.min(3, words.length - 1); k >= 1; k--) {
      String printed = String.join(" ", List.of(words).subList(words.length - k, words.length));
      String party = Parties.canonical(printed);
      String name = String.join(" ", List.of(words).subList(0, words.length - k));
      if (party == null || Texts.words(name) > 4 || Parties.canonical(name) != null) {
        continue;
      }
      String surname = INITIALS_AFTER_COMMA.matcher(name).replaceFirst("");
      Asker asker = new Asker(party, List.of(surname(surname, "")), name + " (" + printed + ")");
      return new Row(at, Integer.valueOf(m.group(1)), asker, "", at, true);
    }
    return null;
  }

  /** A member cell "Teunissen (PvdD)" on its own line, the question cell on the next: the row starts on the member's line. */
  private static Row memberCellRow(List<Line> lines, int at) {
    Matcher m = MEMBER_CELL.matcher(lines.get(at).text().strip());
    String party = m.matches() ? Parties.canonical(m.group(2)) : null;
    if (party == null) {
      return null;
    }
    String before = at > 0 ? lines.get(at - 1).text().strip() : "";
    boolean numbered = ROW_NUMBER_CELL.matcher(before).matches();
    Integer number = numbered ? Integer.valueOf(before.replaceAll("\\D", "")) : null;
    Asker asker = new Asker(party, List.of(surname(m.group(1), "")), m.group());
    return new Row(at, number, asker, "", numbered ? at - 1 : at, true);
  }

  private static final Pattern MEMBER_CELL = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3})\\s*\\(([^()]{2,30})\\)");

  /** Short, capitalised, no digits or sentence punctuation: what a surname cell can be. */
  private static boolean mayBeNameCell(String text) {
    int n = text.length();
    if (n < 2 || n > 40) {
      return false;
    }
    int first = Texts.firstNonWhitespace(text);
    if (first == n || !Character.isUpperCase(text.charAt(first))) {
      return false;
    }
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || ".,:;?!()".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Short, no sentence punctuation: what a party cell can be ("PvdD", "GroenLinks-PvdA", "50PLUS"). */
  private static boolean mayBePartyCell(String text) {
    int n = text.length();
    if (n < 2 || n > 40 || text.isBlank()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (".,:;?!()".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A surname alone in its cell: "Teunissen", "Van Campen", "Kostić", "Van der Plas". */
  private static final Pattern SURNAME_CELL = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}");

  private static final Pattern ROW_NUMBER_CELL = Pattern.compile("\\d{1,3}\\.?");

  /**
   * The index of the last line of a question cell that starts at {@code from}: the first line ending with a question
   * mark and the lines right after it that end so too; without one, a request ("Verzoek om …") ends with its first
   * sentence, on a line ending with a full stop before a capital; or {@code end} when neither is found.
   */
  private static int questionCellEnd(List<Line> lines, int from, int end) {
    for (int i = from; i < end; i++) {
      if (asks(lines.get(i))) {
        while (i + 1 < end && asks(lines.get(i + 1))) {
          i++;
        }
        return i;
      }
    }
    for (int i = from; i + 1 < end; i++) {
      String text = lines.get(i).text().strip();
      String next = lines.get(i + 1).text().strip();
      if (text.endsWith(".") && !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && !isColumnHeader(next)) {
        return i;
      }
    }
    return end;
  }

  private static boolean asks(Line line) {
    String text = line.text().strip();
    return text.endsWith("?");
  }

  /**
   * A row whose cells extraction put on lines of their own: "Soepboer, A" then "NSC" (the question follows on the next
   * lines). The row is said to start on the party's line, so that the question starts after it.
   */
  private static Row splitRow(List<Line> lines, int at) {
    String text = lines.get(at).text();
    int comma = text.indexOf(',');
    if (comma < 2 || comma > 40 || text.length() > 60 || !startsRow(text)) {
      return null;
    }
    Row row = row(text + " " + lines.get(at + 1).text().strip(), at + 1);
    if (row == null || !row.inline().isEmpty()) {
      return null;
    }
    if (row.number() != null) {
      return new Row(row.at(), row.number(), row.asker(), "", at, false);
    }
    // a row number in a cell of its own on the line before: "3" / "Dijk, J.P." / "SP"
    String before = at > 0 ? lines.get(at - 1).text().strip() : "";
    boolean numbered = ROW_NUMBER_CELL.matcher(before).matches();
    Integer number = numbered ? Integer.valueOf(before.replaceAll("\\D", "")) : null;
    return new Row(row.at(), number, row.asker(), "", numbered ? at - 1 : at, true);
  }

  /** "Plas" with particles "van der" is "Van der Plas"; the first letter is set in capitals, as the Kamer prints it. */
  private static String surname(String name, String particles) {
    String full = particles.isBlank() ? name.strip() : particles.strip() + " " + name.strip();
    return Character.toUpperCase(full.charAt(0)) + full.substring(1);
  }

  private static boolean isColumnHeader(String text) {
    return ColumnHeaders.is(text);
  }
}
