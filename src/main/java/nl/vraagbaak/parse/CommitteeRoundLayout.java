package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;

/**
 * The committee's written round (schriftelijk overleg) as the Kamer prints it: faction headers, topic headings, the
 * members' text, then "12. Antwoord van het kabinet:" and the answer. Nothing marks where an answer ends and the next
 * question begins, so that boundary is decided by {@link Speaker} cues and the width the text is set in.
 */
final class CommitteeRoundLayout implements Layout {

  /** Compiled once: {@code String.split/replaceAll/matches} compile their expression on every call. */
  private static final Pattern FINAL_COLON = Pattern.compile(":$");

  /** "12. Antwoord van het kabinet:", "3. Reactie van de minister", "Antwoord van de staatssecretaris". */
  static final Pattern ANSWER_MARKER =
      Pattern.compile(
          "(?i)^\\s*(?:(\\d{1,3})\\s*[.)]?\\s*)?(?:antwoord|reactie)\\s+(?:van\\s+)?(?:het|de)\\s+"
              + "(?:kabinet|minister|ministers|staatssecretaris|regering|bewindspersonen|bewindspersoon)\\b[^:]{0,80}?\\s*(?::\\s*(.*))?$");

  /** Part headings of the report: "I Vragen en opmerkingen vanuit de fracties", "II Antwoord/ Reactie van de minister". */
  private static final Pattern SECTION =
      Pattern.compile("(?i)^\\s*(?:(?:I|II|III|IV|V|VI)\\s+\\S.*|vragen\\s+en\\s+opmerkingen\\s+vanuit\\s+de\\s+fracties.*|volledige\\s+agenda)\\s*$");

  /** A line that ends in "de", "van", "en" … is a sentence running on, not a heading. */
  private static final java.util.Set<String> FUNCTION_WORDS =
      java.util.Set.of(
          "de", "het", "een", "en", "of", "van", "in", "op", "voor", "met", "te", "die", "dat", "aan", "om", "bij", "tot", "naar", "uit",
          "over", "door", "als", "is", "zijn", "wordt", "worden", "dan", "ook", "niet", "zich", "er", "nog", "deze", "dit", "hun",
          "haar", "onder", "tussen");

  @Override
  public String name() {
    return "schriftelijk-overleg";
  }

  @Override
  public double score(Text text) {
    int markers = 0;
    for (Line line : text.lines()) {
      if (!mayBeMarker(line.text())) {
        continue;
      }
      if (isMarkerLine(line.text())) {
        markers++;
      }
    }
    return markers >= 2 ? 2.0 + markers / 100.0 : 0;
  }

  /**
   * "12. Antwoord van het kabinet:", or unnumbered "Reactie van de minister" printed as a label on a line of its own
   * (capitalised, no sentence running on), not "reactie van de minister op het advies." wrapped in running text.
   */
  static boolean isMarkerLine(String line) {
    if (!mayBeMarker(line)) {
      return false;
    }
    Matcher m = ANSWER_MARKER.matcher(line);
    if (!m.matches()) {
      return false;
    }
    if (m.group(1) != null) {
      return true;
    }
    String text = line.strip();
    return m.group(2) == null && Character.isUpperCase(text.charAt(0)) && text.length() <= 60 && !endsWithPunctuation(FINAL_COLON.matcher(text).replaceAll(""));
  }

  @Override
  public Parsed parse(Text text) {
    List<Item> items = mergeBrokenParagraphs(items(text.lines()));
    Widths widths = Widths.of(items);
    List<Draft> drafts = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    Asker asker = Asker.UNKNOWN;
    String topic = null;
    List<Paragraph> region = new ArrayList<>();
    boolean structured = false;
    Marker open = null;
    List<Paragraph> openQuestion = List.of();
    String openTopic = null;
    Asker openAsker = Asker.UNKNOWN;
    for (Item item : items) {
      switch (item) {
        case Para p -> region.add(p.paragraph());
        case Faction f -> {
          if (!structured) {
            open = close(open, openQuestion, openAsker, openTopic, region, widths, drafts);
            openQuestion = List.of();
            structured = true;
          }
          region.clear();
          asker = f.asker();
          topic = null;
        }
        case Heading h -> {
          if (!structured) {
            open = close(open, openQuestion, openAsker, openTopic, region, widths, drafts);
            openQuestion = List.of();
            structured = true;
          }
          region.clear();
          if (h.section()) {
            asker = Asker.UNKNOWN;
            topic = null;
          } else {
            topic = h.text();
          }
        }
        case Marker m -> {
          List<Paragraph> question;
          if (structured || open == null) {
            question = open == null && !structured ? membersTail(region, widths) : List.copyOf(region);
          } else {
            int split = split(region, widths);
            drafts.add(draft(open, openQuestion, openAsker, openTopic, region.subList(0, split)));
            question = List.copyOf(region.subList(split, region.size()));
          }
          if (question.isEmpty()) {
            issues.add(Issue.warning("answer " + m.label() + " has no question before it", m.line().sourceLine()));
          }
          open = m;
          openQuestion = question;
          openAsker = asker.party() == null ? partyFromText(question) : asker;
          openTopic = topic;
          region.clear();
          if (m.inline() != null) {
            region.add(new Paragraph(List.of(m.line().withText(m.inline()))));
          }
          structured = false;
        }
      }
    }
    close(open, openQuestion, openAsker, openTopic, region, widths, drafts);
    return new Parsed(drafts, issues);
  }

  /**
   * Ends the open answer with what was collected since its marker, less a closing remark of the members that no
   * answer follows ("Graag willen deze leden drie moties indienen …"); returns null (nothing open any more).
   */
  private static Marker close(
      Marker open, List<Paragraph> question, Asker asker, String topic, List<Paragraph> answer, Widths widths, List<Draft> drafts) {
    if (open != null) {
      int end = answer.size();
      while (end > 1 && membersScore(answer.get(end - 1), widths) >= 3) {
        end--;
      }
      drafts.add(draft(open, question, asker, topic, answer.subList(0, end)));
      List<Paragraph> rest = answer.subList(end, answer.size());
      if (rest.stream().anyMatch(p -> p.text().indexOf('?') >= 0)) {
        drafts.add(new Draft(List.of(), null, asker, topic, lines(rest), List.of()));
      }
    }
    return null;
  }

  private static Draft draft(Marker marker, List<Paragraph> question, Asker asker, String topic, List<Paragraph> answer) {
    return new Draft(
        marker.number() == null ? List.of() : List.of(marker.number()), null, asker, topic, lines(question), lines(answer));
  }

  private static Asker partyFromText(List<Paragraph> question) {
    for (Paragraph p : question) {
      String party = Askers.partyInText(p.text());
      if (party != null) {
        return new Asker(party, List.of(), null);
      }
    }
    return Asker.UNKNOWN;
  }

  /**
   * Where, in the paragraphs between two answer markers, the answer ends and the next question begins: the split
   * that puts the most members' evidence after it and the most government evidence before it.
   */
  static int split(List<Paragraph> region, Widths widths) {
    int n = region.size();
    if (n <= 1) {
      return n == 1 && membersScore(region.getFirst(), widths) > 0 ? 0 : n;
    }
    int[] score = new int[n];
    boolean[] opens = new boolean[n];
    for (int i = 0; i < n; i++) {
      Speaker.Reading reading = Speaker.read(region.get(i).text());
      score[i] = reading.score() + widths.cue(region.get(i));
      opens[i] = reading.opensMembersText();
    }
    int best = n - 1;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int s = 1; s < n; s++) {
      double value = 0;
      for (int j = 0; j < n; j++) {
        value += j >= s ? score[j] : -score[j];
      }
      if (opens[s]) {
        value += 0.5;
      }
      if (value >= bestValue) {
        bestValue = value;
        best = s;
      }
    }
    return best;
  }

  /** Before the first answer, only the members' paragraphs nearest the marker are the question. */
  private static List<Paragraph> membersTail(List<Paragraph> region, Widths widths) {
    int start = region.size();
    while (start > 0 && (start == region.size() || membersScore(region.get(start - 1), widths) > 0)) {
      start--;
    }
    return List.copyOf(region.subList(start, region.size()));
  }

  private static int membersScore(Paragraph p, Widths widths) {
    return Speaker.score(p.text()) + widths.cue(p);
  }

  private static List<Line> lines(List<Paragraph> paragraphs) {
    List<Line> lines = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (!lines.isEmpty()) {
        Line last = lines.getLast();
        lines.add(new Line("", last.sourceLine(), last.page()));
      }
      lines.addAll(p.lines());
    }
    return lines;
  }

  // ---- items: the text as markers, headers, headings and paragraphs ----

  sealed interface Item permits Para, Faction, Heading, Marker {}

  record Para(Paragraph paragraph) implements Item {}

  record Faction(Asker asker) implements Item {}

  record Heading(String text, boolean section) implements Item {}

  record Marker(Integer number, String inline, Line line) implements Item {
    String label() {
      return number == null ? "(unnumbered)" : String.valueOf(number);
    }
  }

  static List<Item> items(List<Line> lines) {
    List<Item> items = new ArrayList<>();
    for (Paragraph paragraph : Paragraph.split(lines)) {
      List<Line> run = new ArrayList<>();
      boolean atStart = true;
      List<Line> all = paragraph.lines();
      for (int i = 0; i < all.size(); i++) {
        Line line = all.get(i);
        if (!run.isEmpty() && startsParagraph(run.getLast(), line)) {
          items.add(new Para(new Paragraph(run)));
          run = new ArrayList<>();
          atStart = true;
        }
        // Markers and headers are recognised anywhere (extraction often drops the blank line before them);
        // topic headings only where a paragraph starts, and never as an answer's first line.
        boolean headingPossible = atStart && !(items.isEmpty() ? false : items.getLast() instanceof Marker);
        Item item = structural(line, i + 1 < all.size() ? all.get(i + 1) : null, headingPossible);
        if (item == null) {
          run.add(line);
          atStart = false;
          continue;
        }
        if (!run.isEmpty()) {
          items.add(new Para(new Paragraph(run)));
          run = new ArrayList<>();
        }
        items.add(item);
        atStart = true;
      }
      if (!run.isEmpty()) {
        items.add(new Para(new Paragraph(run)));
      }
    }
    return items;
  }

  /**
   * A paragraph break that extraction lost: after a finished sentence, a line that is indented (Word paragraphs
   * keep their first-line indent).
   */
  private static boolean startsParagraph(Line previous, Line line) {
    String prev = previous.text().strip();
    if (prev.isEmpty() || ".?!".indexOf(prev.charAt(prev.length() - 1)) < 0) {
      return false;
    }
    return line.text().startsWith(" ") && !line.text().isBlank();
  }

  /** The structural item a paragraph's first line is, or null when it is running text. */
  private static Item structural(Line line, Line next, boolean paragraphStart) {
    String text = line.text().strip();
    Matcher marker = ANSWER_MARKER.matcher(text);
    if (mayBeMarker(text) && marker.matches()) {
      Integer number = marker.group(1) == null ? null : Integer.valueOf(marker.group(1));
      String inline = marker.group(2) == null || marker.group(2).isBlank() ? null : marker.group(2).strip();
      return new Marker(number, inline, line);
    }
    Asker asker = Askers.header(text);
    if (asker != null) {
      return new Faction(asker);
    }
    if (text.length() < 120 && Texts.startsWithAnyIgnoreCase(text, "i", "v") && SECTION.matcher(text).matches()) {
      return new Heading(text, true);
    }
    if (paragraphStart && isHeading(text, next)) {
      return new Heading(text, false);
    }
    return null;
  }

  /**
   * A cheap test that rules out most lines before the marker's regular expression runs: the marker opens the line,
   * after at most a number and a full stop or bracket, with "antwoord" or "reactie".
   */
  private static boolean mayBeMarker(String text) {
    if (text.length() >= 200) {
      return false;
    }
    int i = Texts.firstNonWhitespace(text);
    int n = text.length();
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    while (i < n && Texts.isSpace(text.charAt(i))) {
      i++;
    }
    if (i < n && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
      i++;
    }
    while (i < n && Texts.isSpace(text.charAt(i))) {
      i++;
    }
    return text.regionMatches(true, i, "antwoord", 0, 8) || text.regionMatches(true, i, "reactie", 0, 7);
  }

  /** A topic heading: a short line without closing punctuation, standing alone or followed by a capitalised line. */
  private static boolean isHeading(String text, Line next) {
    if (text.length() < 2 || text.length() > 80 || endsWithPunctuation(text) || Texts.words(text) > 9 || endsWithFunctionWord(text)) {
      return false;
    }
    char first = text.charAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first)) || text.startsWith("- ") || text.endsWith("-")) {
      return false;
    }
    if (next == null) {
      return true;
    }
    String following = next.text().strip();
    return !following.isEmpty() && Character.isUpperCase(following.charAt(0)) && text.length() < 60;
  }

  /** As {@code HEADING_END.matcher(text).find()}: the last character before trailing white space closes a clause. */
  private static boolean endsWithPunctuation(String text) {
    int end = Texts.endBeforeFinalTerminator(text);
    while (end > 0 && Texts.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end > 0 && ".?!:;,".indexOf(text.charAt(end - 1)) >= 0;
  }

  /**
   * As {@code ENDS_WITH_FUNCTION_WORD.matcher(text).find()}: the last run of ASCII word characters (the regular
   * expression's word boundary is ASCII) before trailing white space is a function word.
   */
  private static boolean endsWithFunctionWord(String text) {
    int end = Texts.endBeforeFinalTerminator(text);
    while (end > 0 && Texts.isSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isAsciiWordChar(text.charAt(start - 1))) {
      start--;
    }
    return end - start >= 2 && end - start <= 8 && FUNCTION_WORDS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isAsciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** Paragraphs cut by a page break in mid-sentence are one paragraph. */
  static List<Item> mergeBrokenParagraphs(List<Item> items) {
    List<Item> merged = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof Para next && !merged.isEmpty() && merged.getLast() instanceof Para previous && !previous.paragraph().endsSentence()
          && startsLowerOrContinues(next.paragraph())) {
        List<Line> lines = new ArrayList<>(previous.paragraph().lines());
        lines.addAll(next.paragraph().lines());
        merged.set(merged.size() - 1, new Para(new Paragraph(lines)));
      } else {
        merged.add(item);
      }
    }
    return merged;
  }

  private static boolean startsLowerOrContinues(Paragraph p) {
    String text = p.first().text().strip();
    return !text.isEmpty() && (Character.isLowerCase(text.charAt(0)) || Character.isUpperCase(text.charAt(0)) && !Speaker.opensMembersText(text));
  }

  /**
   * In PDF extractions the government's answers are often indented, so set narrower than the members' text. The
   * widths are learned from this document: the paragraph after each marker is an answer, the one before a question.
   */
  record Widths(int question, int answer, boolean telling) {

    static Widths of(List<Item> items) {
      List<Integer> q = new ArrayList<>();
      List<Integer> a = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof Marker) {
          if (i > 0 && items.get(i - 1) instanceof Para p && p.paragraph().lines().size() > 2) {
            q.add(p.paragraph().width());
          }
          if (i + 1 < items.size() && items.get(i + 1) instanceof Para p && p.paragraph().lines().size() > 2) {
            a.add(p.paragraph().width());
          }
        }
      }
      int question = median(q);
      int answer = median(a);
      return new Widths(question, answer, separates(q, a, question, answer));
    }

    /** Width tells only where it sorts the known paragraphs of this document almost without error. */
    private static boolean separates(List<Integer> q, List<Integer> a, int question, int answer) {
      if (q.size() < 3 || a.size() < 3 || question - answer < 4) {
        return false;
      }
      double middle = (question + answer) / 2.0;
      long right = q.stream().filter(w -> w > middle).count() + a.stream().filter(w -> w < middle).count();
      return right >= 0.9 * (q.size() + a.size());
    }

    private static int median(List<Integer> values) {
      return values.isEmpty() ? 0 : values.stream().sorted().toList().get(values.size() / 2);
    }

    /** +2 when the paragraph is set at the members' width, -2 at the government's, 0 when widths don't tell. */
    int cue(Paragraph p) {
      if (!telling || p.lines().size() < 3) {
        return 0;
      }
      int width = p.width();
      return Math.abs(width - question) < Math.abs(width - answer) ? 2 : -2;
    }
  }
}
