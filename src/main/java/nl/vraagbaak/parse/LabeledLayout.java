package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;

/**
 * Questions and answers under printed labels: "Vraag 1" / "Antwoord" (schriftelijk overleg), "Vraag 1" / "Antwoord 1"
 * and "Vraag 1, 2" / "Antwoord 1 en 2" (Kamervragen, also with all questions first and the answers after "Antwoord van
 * minister X (…) (ontvangen …)"), unnumbered "Vraag" / "Antwoord" (answers to a debate), and the inline forms "Vraag 3:
 * …" and "Antwoord op vraag 3: …". Asker headers ("Vragen en opmerkingen van de leden van de X-fractie", "Vragen van het
 * lid X (PARTY)") set the asker of the questions that follow.
 */
final class LabeledLayout implements Layout {

  private enum Role {
    PREAMBLE,
    QUESTION,
    ANSWER,
    INTRO,
    SKIP
  }

  /** A stretch of lines under one label (or before any). */
  private static final class Segment {
    Role role;
    final List<Integer> numbers;
    /** The printed numbers with their letters ("3a"), by which answers find their questions. */
    final List<String> keys;
    final String label;
    Asker asker;
    String topic;
    final List<Line> lines = new ArrayList<>();
    Segment answeredBy;

    Segment(Role role, List<Integer> numbers, List<String> keys, String label, Asker asker, String topic) {
      this.role = role;
      this.numbers = numbers;
      this.keys = keys;
      this.label = label;
      this.asker = asker;
      this.topic = topic;
    }

    boolean hasText() {
      return lines.stream().anyMatch(l -> !l.isBlank());
    }
  }

  @Override
  public String name() {
    return "vraag-antwoord";
  }

  @Override
  public double score(Text text) {
    int questions = 0;
    int told = 0;
    int answers = 0;
    for (Line line : text.lines()) {
      QaLabels.Label label = QaLabels.of(line.text());
      if (label == null) {
        if (line.text().strip().regionMatches(true, 0, "vraag van", 0, 9) && AskerHeaders.of(line.text()) != null) {
          questions++; // "Vraag van het lid X (PARTY)" labels a question
        } else if (AskerHeaders.opener(line.text()) != null) {
          told++; // "Het lid X (PARTY) vraagt" tells one, which only an "Antwoord" label answers here
        }
        continue;
      }
      switch (label.kind()) {
        case QUESTION -> questions++;
        case ANSWER, ANSWER_INTRO -> answers++;
        case NOTICE -> {}
      }
    }
    if (answers > 0) {
      questions += told;
    }
    if (questions == 0 || questions + answers < 2) {
      return 0;
    }
    return questions + Math.min(answers, questions);
  }

  @Override
  public Parsed parse(Text text) {
    List<Segment> segments = segments(text.lines());
    List<Issue> issues = new ArrayList<>();
    answersWithoutLabel(segments);
    pair(segments, issues);
    // the questions each answer answers, in order
    java.util.Map<Segment, List<Segment>> sharing = new java.util.IdentityHashMap<>();
    for (Segment s : segments) {
      if (s.role == Role.QUESTION && s.answeredBy != null) {
        sharing.computeIfAbsent(s.answeredBy, a -> new ArrayList<>()).add(s);
      }
    }
    // the questions listed before the answers, where each answer repeats its question: the listed copy is no
    // question left unanswered
    java.util.Set<String> answered = new java.util.HashSet<>();
    for (Segment s : segments) {
      if (s.role == Role.QUESTION && s.answeredBy != null) {
        answered.add(wording(s));
      }
    }
    List<Draft> drafts = new ArrayList<>();
    for (Segment s : segments) {
      if (s.role == Role.QUESTION && (s.answeredBy != null || !answered.contains(wording(s)))) {
        drafts.addAll(draft(s, sharing));
      }
    }
    return new Parsed(drafts, issues);
  }

  /** A question's letters and digits, lower case: its wording, whatever the wrapping. */
  private static String wording(Segment question) {
    StringBuilder out = new StringBuilder();
    for (Line line : question.lines) {
      line.text().codePoints().filter(Character::isLetterOrDigit).forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    }
    return String.join(",", question.keys) + "|" + out;
  }

  private List<Segment> segments(List<Line> lines) {
    List<Segment> out = new ArrayList<>();
    Asker asker = askerInLetter(lines);
    String topic = null;
    boolean headingLast = false; // a topic heading was the last thing read, so a header after it falls under it
    Segment current = new Segment(Role.PREAMBLE, List.of(), List.of(), null, asker, null);
    out.add(current);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        current.lines.add(line);
        continue;
      }
      int[] used = new int[1];
      AskerHeaders.Header header = header(lines, i, used);
      if (header != null && header.question()) {
        // "Vraag van het lid X (PARTY): …" asks one question; the asker holds for it alone
        current = new Segment(Role.QUESTION, List.of(), List.of(), header.asker().text(), header.asker(), topic);
        out.add(current);
        if (!header.inline().isEmpty()) {
          current.lines.add(line.withText(header.inline()));
        }
        continue;
      }
      if (header != null) {
        asker = header.asker();
        // a faction's part starts without a topic; a member header within a topic section stays in it
        boolean keep = headingLast || !header.asker().members().isEmpty();
        topic = header.topic() != null ? header.topic() : keep ? topic : null;
        headingLast = false;
        current = new Segment(Role.PREAMBLE, List.of(), List.of(), null, asker, topic);
        out.add(current);
        i += used[0] - 1;
        continue;
      }
      QaLabels.Label label = label(lines, i, used);
      if (label != null) {
        headingLast = false;
        current = new Segment(role(label.kind()), label.numbers(), label.keys(), label.printed(), asker, topic);
        out.add(current);
        if (!label.inline().isEmpty()) {
          tellsAsker(current, label.inline());
          current.lines.add(line.withText(label.inline()));
        } else if (current.role == Role.QUESTION) {
          int next = Headings.nextNonBlank(lines, i + used[0]);
          if (next < lines.size() && headingBeforeText(lines, next)) {
            topic = lines.get(next).text().strip();
            current.topic = topic;
            i = next;
            continue;
          }
        }
        i += used[0] - 1;
        continue;
      }
      Asker told = current.role == Role.QUESTION || i > 0 && !lines.get(i - 1).isBlank() ? null : AskerHeaders.opener(line.text());
      if (told != null && answeredNext(lines, i)) {
        // "Het lid Bontenbal (CDA) vraagt …" after an answer: the members speak again, with their own words
        headingLast = false;
        current = new Segment(Role.QUESTION, List.of(), List.of(), null, told, topic);
        out.add(current);
        current.lines.add(line);
        continue;
      }
      if (current.role != Role.QUESTION && Headings.looksLikeHeading(line.text()) && headingBeforeLabel(lines, i)) {
        topic = line.text().strip();
        headingLast = true;
        continue;
      }
      headingLast = false;
      tellsAsker(current, line.text());
      current.lines.add(line);
    }
    return out;
  }

  /**
   * A labeled question whose text opens "Het lid X (PARTY) vraagt …" (a debate's questions numbered "Vraag 4") is
   * asked by that member, whoever the document's header names.
   */
  private static void tellsAsker(Segment segment, String text) {
    if (segment.role != Role.QUESTION || segment.hasText()) {
      return;
    }
    Asker told = AskerHeaders.opener(text);
    if (told != null) {
      segment.asker = told;
    } else if (KAMER_ASKS.matcher(text).lookingAt()) {
      segment.asker = Asker.UNKNOWN; // "De Kamer vroeg …": asked by no member, whoever asked the questions before
    }
  }

  /** A question told as the Kamer's, or several members', rather than one member's or faction's. */
  private static final java.util.regex.Pattern KAMER_ASKS = java.util.regex.Pattern.compile(
      "(?i)^\\s*(?:de\\s+kamer|uw\\s+kamer|(?:meerdere|verschillende|diverse|enkele|een\\s+aantal)\\s+(?:leden|fracties|kamerleden|woordvoerders))"
          + "\\s+(?:vroeg|vroegen|vraagt|vragen|(?:wil|wilde|wilden)\\s+(?:graag\\s+)?weten)\\b");

  /** The asker the covering letter names before the first label or header, else {@link Asker#UNKNOWN}. */
  private static Asker askerInLetter(List<Line> lines) {
    StringBuilder letter = new StringBuilder();
    for (Line line : lines) {
      String text = line.text().strip();
      QaLabels.Label label = QaLabels.of(text);
      if (label != null && label.kind() == QaLabels.Kind.QUESTION || AskerHeaders.of(text) != null
          || letter.length() > 20_000) {
        break;
      }
      letter.append(text).append(' ');
    }
    Asker named = AskerHeaders.mentioned(letter.toString());
    return named == null ? Asker.UNKNOWN : named;
  }

  private static Role role(QaLabels.Kind kind) {
    return switch (kind) {
      case QUESTION -> Role.QUESTION;
      case ANSWER -> Role.ANSWER;
      case ANSWER_INTRO -> Role.INTRO;
      case NOTICE -> Role.SKIP;
    };
  }

  /**
   * A header printed on up to {@value #HEADER_LINES} lines (a Kamervragen header wraps, its subject can be long), with the
   * number of lines it took.
   */
  private static AskerHeaders.Header header(List<Line> lines, int at, int[] used) {
    if (!Texts.startsWithAnyIgnoreCase(lines.get(at).text(), "vragen", "inbreng", "opmerkingen", "schriftelijke vragen", "antwoord", "vraag van")) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    for (int n = 0; n < HEADER_LINES && at + n < lines.size() && !lines.get(at + n).isBlank(); n++) {
      joined.append(n == 0 ? "" : " ").append(lines.get(at + n).text().strip());
      String text = joined.toString();
      AskerHeaders.Header header = AskerHeaders.of(text);
      if (header == null) {
        continue;
      }
      boolean closed = !continues(text);
      boolean open = !closed && ADDRESSED.matcher(text).find(); // "… (PvdD) aan de minister van" wraps on
      if (header.topic() == null && !open || n + 1 >= HEADER_LINES || closed) {
        used[0] = n + 1;
        return header;
      }
      if (at + n + 1 >= lines.size() || lines.get(at + n + 1).isBlank()) {
        used[0] = n + 1;
        return header;
      }
    }
    return null;
  }

  private static final int HEADER_LINES = 5;

  /** "(PARTY) aan de minister …": a Kamervragen header that names whom it asks, and ends with "(ingezonden …)." */
  private static final java.util.regex.Pattern ADDRESSED = java.util.regex.Pattern.compile("\\)\\s+aan\\s+(?:de|het)\\s");

  /** Whether a Kamervragen header is still open: it closes with "(ingezonden …)." */
  static boolean continues(CharSequence header) {
    return !endsWithSentIn(header.toString().strip());
  }

  /**
   * As {@code text.matches("(?s).*\\((?:ingezonden|ontvangen)[^)]*\\)\\s*\\.?$")} for a stripped text, without
   * the expression's backtracking over the whole header: a closing bracket at the end (a full stop and white space
   * after it aside) whose bracket, without another closing one between, opens on "ingezonden" or "ontvangen".
   */
  static boolean endsWithSentIn(String text) {
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '.') {
      end--;
    }
    while (end > 0 && Texts.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || text.charAt(end - 1) != ')') {
      return false;
    }
    int close = end - 1;
    int previousClose = text.lastIndexOf(')', close - 1);
    for (int open = text.indexOf('(', previousClose + 1); open >= 0 && open < close; open = text.indexOf('(', open + 1)) {
      if (text.startsWith("ingezonden", open + 1) || text.startsWith("ontvangen", open + 1)) {
        return true;
      }
    }
    return false;
  }

  private static QaLabels.Label label(List<Line> lines, int at, int[] used) {
    used[0] = 1;
    QaLabels.Label label = QaLabels.of(lines.get(at).text());
    String first = lines.get(at).text().strip();
    if (label != null && (label.kind() != QaLabels.Kind.ANSWER_INTRO || closesIntro(first))) {
      return label;
    }
    if (!first.regionMatches(true, 0, "Antwoord van", 0, 12) || !first.contains("(")) {
      return label;
    }
    // "Antwoord van minister X (Buitenlandse Zaken) (ontvangen" wraps onto the next line; "Antwoord van minister X
    // (…) en" onto the line naming the second minister who answers with them
    String joined = first;
    for (int n = 1; n < 4 && at + n < lines.size() && !lines.get(at + n).isBlank(); n++) {
      joined = joined + " " + lines.get(at + n).text().strip();
      QaLabels.Label longer = QaLabels.of(joined);
      if (longer != null && longer.kind() == QaLabels.Kind.ANSWER_INTRO && (label == null || closesIntro(joined))) {
        used[0] = n + 1;
        return longer;
      }
    }
    return label;
  }

  /** Whether an answer intro is complete: it ends with its "(ontvangen …)" date, a full stop or a colon. */
  private static boolean closesIntro(String text) {
    return text.endsWith(")") || text.endsWith(".") || text.endsWith(":");
  }

  /** Whether the next label after this line is an unnumbered answer ("Antwoord"), so the text before it is asked. */
  private static boolean answeredNext(List<Line> lines, int at) {
    for (int i = at + 1; i < lines.size() && i < at + 60; i++) {
      QaLabels.Label label = QaLabels.of(lines.get(i).text());
      if (label != null) {
        return label.kind() == QaLabels.Kind.ANSWER;
      }
    }
    return false;
  }

  /** A heading directly after a question label, followed by the question's text. */
  private static boolean headingBeforeText(List<Line> lines, int at) {
    if (!Headings.looksLikeHeading(lines.get(at).text())) {
      return false;
    }
    int next = Headings.nextNonBlank(lines, at + 1);
    return next < lines.size() && QaLabels.of(lines.get(next).text()) == null && next > at
        && (next > at + 1 || lines.get(next).text().strip().length() > 80 || Character.isUpperCase(lines.get(next).text().strip().charAt(0)));
  }

  /** A heading between an answer's end and the next question label or header (after a closed sentence). */
  private static boolean headingBeforeLabel(List<Line> lines, int at) {
    int previous = Headings.previousNonBlank(lines, at);
    if (previous >= 0 && !Headings.endsSentence(lines.get(previous).text()) && previous == at - 1) {
      return false;
    }
    int next = Headings.nextNonBlank(lines, at + 1);
    if (next >= lines.size()) {
      return false;
    }
    QaLabels.Label label = QaLabels.of(lines.get(next).text());
    return label != null && label.kind() == QaLabels.Kind.QUESTION || AskerHeaders.of(lines.get(next).text()) != null;
  }

  /**
   * Questions labeled "Vraag 1" whose answers carry no label (a DOCX answer in a shaded box, a letter that prints the
   * answer straight after the question): where the document has no answer label at all and nearly every question is
   * followed by paragraphs that do not ask, those paragraphs are its answer. A document of questions only (each one
   * asking to its end) keeps them as questions.
   */
  private static void answersWithoutLabel(List<Segment> segments) {
    if (segments.stream().anyMatch(s -> s.role == Role.ANSWER || s.role == Role.INTRO)) {
      return;
    }
    List<Segment> questions = segments.stream().filter(s -> s.role == Role.QUESTION).toList();
    java.util.Map<Segment, Integer> cuts = new java.util.IdentityHashMap<>();
    for (Segment q : questions) {
      int cut = answerStart(q.lines);
      if (cut >= 0) {
        cuts.put(q, cut);
      }
    }
    if (questions.size() < 2 || cuts.size() * 5 < questions.size() * 4) {
      return;
    }
    for (int i = segments.size() - 1; i >= 0; i--) {
      Segment q = segments.get(i);
      Integer cut = cuts.get(q);
      if (cut == null) {
        continue;
      }
      Segment answer = new Segment(Role.ANSWER, q.numbers, q.keys, null, q.asker, q.topic);
      answer.lines.addAll(q.lines.subList(cut, q.lines.size()));
      List<Line> asked = new ArrayList<>(q.lines.subList(0, cut));
      q.lines.clear();
      q.lines.addAll(asked);
      segments.add(i + 1, answer);
    }
  }

  /** Where the paragraphs after a question's asking ones start, or -1 when nothing but asking follows. */
  private static int answerStart(List<Line> lines) {
    List<List<Line>> units = NumberedLayout.units(lines);
    int first = firstAsking(units);
    if (first < 0 && !units.isEmpty()) {
      // "Bent u …?" with the answer on the next line, blank lines only between the answer's paragraphs
      units = NumberedLayout.splitAfterAsking(units, 0);
      first = firstAsking(units);
    }
    if (first < 0) {
      return -1;
    }
    int last = first;
    while (last + 1 < units.size() && NumberedLayout.endsAsking(units.get(last + 1))) {
      last++;
    }
    if (last + 1 >= units.size()) {
      return -1;
    }
    Line start = units.get(last + 1).getFirst();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i) == start) {
        return i;
      }
    }
    return -1;
  }

  /** The first of the first four paragraphs that ends asking, or -1. */
  private static int firstAsking(List<List<Line>> units) {
    for (int u = 0; u < units.size() && u < 4; u++) {
      if (NumberedLayout.endsAsking(units.get(u))) {
        return u;
      }
    }
    return -1;
  }

  /** Gives each answer its question(s): by number where both are numbered, else the question just before it. */
  private static void pair(List<Segment> segments, List<Issue> issues) {
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (s.role == Role.INTRO && !introAnswers(segments, i)) {
        continue;
      }
      if ((s.role != Role.ANSWER && s.role != Role.INTRO) || !s.hasText()) {
        continue;
      }
      List<Segment> questions = questionsFor(segments, i);
      if (questions.isEmpty() && i > 0 && segments.get(i - 1).role == Role.PREAMBLE && segments.get(i - 1).hasText()
          && segments.get(i - 1).asker.party() != null) {
        // "Vragen van de leden X en Y (PARTY)" followed by the question itself, no "Vraag" label: the header labels it
        segments.get(i - 1).role = Role.QUESTION;
        questions = List.of(segments.get(i - 1));
      }
      if (questions.isEmpty()) {
        int line = s.lines.isEmpty() ? 0 : s.lines.get(0).sourceLine();
        issues.add(Issue.warning("answer " + (s.label == null ? "" : "'" + s.label + "' ") + "has no question", line));
        continue;
      }
      for (Segment q : questions) {
        q.answeredBy = s;
      }
    }
  }

  /** An intro answers the question before it only when no labeled answer follows it. */
  private static boolean introAnswers(List<Segment> segments, int at) {
    for (int i = at + 1; i < segments.size(); i++) {
      Role role = segments.get(i).role;
      if (role == Role.ANSWER) {
        return false;
      }
      if (role == Role.QUESTION) {
        return true;
      }
    }
    return true;
  }

  private static List<Segment> questionsFor(List<Segment> segments, int answerAt) {
    Segment answer = segments.get(answerAt);
    List<Segment> found = new ArrayList<>();
    if (!answer.keys.isEmpty()) {
      // nearest unanswered numbered questions before the answer, else after it
      for (int i = answerAt - 1; i >= 0; i--) {
        collect(segments.get(i), answer, found);
      }
      if (found.isEmpty()) {
        for (int i = answerAt + 1; i < segments.size(); i++) {
          collect(segments.get(i), answer, found);
        }
      }
      found.sort((a, b) -> Integer.compare(segments.indexOf(a), segments.indexOf(b)));
      if (!found.isEmpty()) {
        return found;
      }
    }
    for (int i = answerAt - 1; i >= 0; i--) {
      Segment s = segments.get(i);
      if (s.role == Role.QUESTION) {
        return s.answeredBy == null ? List.of(s) : List.of();
      }
    }
    return List.of();
  }

  private static void collect(Segment candidate, Segment answer, List<Segment> found) {
    if (candidate.role != Role.QUESTION || candidate.answeredBy != null || candidate.keys.isEmpty()) {
      return;
    }
    if (answer.keys.containsAll(candidate.keys)
        && found.stream().noneMatch(f -> f.keys.stream().anyMatch(candidate.keys::contains))) {
      found.add(candidate);
    }
  }

  /** The draft for a question: one per answer; a question sharing its answer with earlier ones is folded into them. */
  private static List<Draft> draft(Segment question, java.util.Map<Segment, List<Segment>> byAnswer) {
    Segment answer = question.answeredBy;
    if (answer == null) {
      return List.of(new Draft(question.numbers, question.label, question.asker, question.topic, trim(question.lines), List.of()));
    }
    List<Segment> sharing = byAnswer.get(answer);
    if (sharing.get(0) != question) {
      return List.of();
    }
    List<Line> text = new ArrayList<>();
    TreeSet<Integer> numbers = new TreeSet<>();
    for (Segment s : sharing) {
      List<Line> own = trim(s.lines);
      if (!text.isEmpty() && !own.isEmpty()) {
        text.add(own.get(0).withText(""));
      }
      text.addAll(own);
      numbers.addAll(s.numbers);
    }
    numbers.addAll(answer.numbers);
    return List.of(new Draft(List.copyOf(numbers), question.label, question.asker, question.topic, text, trim(answer.lines)));
  }

  /** As {@code text.matches("\\d{1,3}")}, without compiling the expression on every call. */
  private static boolean isPageNumber(String text) {
    if (text.isEmpty() || text.length() > 3) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The lines without leading and trailing blank ones. */
  static List<Line> trim(List<Line> lines) {
    int from = 0;
    int to = lines.size();
    while (from < to && lines.get(from).isBlank()) {
      from++;
    }
    // a number alone after the text is the page number of the page the text ends on
    while (to > from && (lines.get(to - 1).isBlank() || isPageNumber(lines.get(to - 1).text().strip()))) {
      to--;
    }
    return List.copyOf(lines.subList(from, to));
  }
}
