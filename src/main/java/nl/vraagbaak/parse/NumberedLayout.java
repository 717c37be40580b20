package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;
import nl.vraagbaak.repair.ColumnHeaders;

/**
 * A numbered list of questions and answers (lijst van vragen en antwoorden): each item starts with its number, on a
 * line of its own ("12") or before the question ("12. Wat is …?"), and the answer follows without a label, or after
 * "Antwoord:" / "Antwoord op vraag 12:". Numbers must run in sequence, which keeps page numbers and the numbered lists
 * inside answers from starting items.
 */
final class NumberedLayout implements Layout {

  /** Compiled once: {@code String.split/replaceAll/matches} compile their expression on every call. */
  private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s,]+");

  private static final Pattern BARE = Pattern.compile("^\\s*(\\d{1,3})\\s*[.)]?\\s*$");

  private static final Pattern INLINE = Pattern.compile("^\\s*(\\d{1,3})\\s*[.)]\\s+(\\S.*)$");

  /** "12 Kunt u …": the number column of a table, flattened before the question without a full stop. */
  private static final Pattern SPACED = Pattern.compile("^\\s*(\\d{1,3})\\s+(\\p{Lu}.*)$");

  /** Ends like a question: "?", maybe followed by a parenthesised page reference and a footnote mark. */
  private static final Pattern QUESTION_END =
      Pattern.compile("(?s).*\\?[\\s\"”’']*(?:\\([^)]{0,80}\\))?[\\s.]*[\\d\\uE000\\uE001]*\\s*$");

  private static final Set<String> QUESTION_WORDS =
      Set.of(
          "wat", "hoe", "waarom", "welke", "welk", "wanneer", "wie", "waar", "waarop", "waaruit", "waarmee", "kunt", "kan",
          "is", "zijn", "heeft", "hebben", "wordt", "worden", "deelt", "geef", "gaat", "bent", "klopt", "op", "in", "zou",
          "wil", "acht", "ziet", "erkent", "hoeveel", "waarin", "kunnen", "licht", "graag", "om", "per");

  /** A question mark (and closing quote) followed by the start of a new sentence on the same line. */
  private static final Pattern ASKED_THEN_TOLD = Pattern.compile("(\\?[\"”’']?)\\s+(?=[\\p{Lu}\\d€])");

  private static final Pattern PARAGRAPH_END = Pattern.compile("(?s).*[.?!:][\\s\"”’')\\d\\uE000\\uE001]*$");

  private static final Pattern ASKING = Pattern.compile("(?i)\\b(?:vragen|vraagt|verzoeken|verzoekt|willen\\s+weten|vernemen\\s+graag|ontvangen\\s+graag)\\b");

  /**
   * Where an item starts: its number, label and the text on its first line ("" for a bare number), and in which run
   * of the numbers it stands.
   */
  private record Start(int at, int number, String label, String inline, Run run) {}

  /** The numbers' runs: the questions; the questions printed again before their answers; or the answers alone. */
  private enum Run {
    FIRST,
    QUESTIONS_AGAIN,
    ANSWERS
  }

  @Override
  public String name() {
    return "genummerde-lijst";
  }

  @Override
  public double score(Text text) {
    int items = starts(text.lines()).size();
    return items < 3 ? 0 : items;
  }

  @Override
  public Parsed parse(Text text) {
    List<Line> lines = text.lines();
    List<Start> starts = starts(lines);
    List<Item> items = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    Asker asker = starts.isEmpty() ? Asker.UNKNOWN : askerInLetter(lines, starts.getFirst().at());
    String topic = null;
    int scanned = 0;
    for (int k = 0; k < starts.size(); k++) {
      Start start = starts.get(k);
      // headers and headings between the previous item's start and this one set asker and topic
      for (int i = scanned; i < start.at(); i++) {
        AskerHeaders.Header header = AskerHeaders.of(lines.get(i).text());
        if (header != null) {
          asker = header.asker();
          topic = header.topic();
        }
      }
      int end = k + 1 < starts.size() ? starts.get(k + 1).at() : lines.size();
      List<Line> body = new ArrayList<>();
      if (!start.inline().isEmpty()) {
        body.add(lines.get(start.at()).withText(start.inline()));
      }
      int stop = end;
      for (int i = start.at() + 1; i < end; i++) {
        Line line = lines.get(i);
        if (AskerHeaders.of(line.text()) != null || notice(line)) {
          stop = i; // a "Mededeling" that the answers come later is no answer
          break;
        }
        if (!BARE.matcher(line.text()).matches() && !ColumnHeaders.is(line.text())) {
          body.add(line);
        }
      }
      String heading = trailingHeading(body);
      if (heading != null && stop == end) {
        body = body.subList(0, lastNonBlank(body) - 1);
      }
      items.add(new Item(start, body, asker, topic));
      scanned = start.at() + 1;
      if (heading != null) {
        topic = heading;
      }
    }
    List<Draft> drafts = answeredAfterList(items);
    if (drafts == null) {
      drafts = answeredByNumber(items);
    }
    if (drafts == null) {
      drafts = new ArrayList<>();
      for (Item item : withoutRepeatedList(items)) {
        Draft draft = split(item.start(), item.body(), item.asker(), item.topic());
        drafts.add(jointAnswer(draft, answeredNumbers(item.body()), drafts));
      }
    }
    return new Parsed(drafts, issues);
  }

  /** The numbers an answer label in the item names ("Antwoord op vraag 12 en 13"), or none. */
  private static List<Integer> answeredNumbers(List<Line> body) {
    for (Line line : body) {
      QaLabels.Label label = QaLabels.of(line.text());
      if (label != null && label.kind() == QaLabels.Kind.ANSWER) {
        return label.numbers();
      }
    }
    return List.of();
  }

  /**
   * "12 Hoeveel …?" "13 Welk deel …?" "Antwoord op vraag 12 en 13": the questions before this one that have no
   * answer and whose numbers the answer's label names are taken into this pair, which then carries all the numbers.
   * Removes them from {@code drafts} and returns the pair to add.
   */
  private static Draft jointAnswer(Draft draft, List<Integer> answered, List<Draft> drafts) {
    if (answered.size() < 2 || draft.answer().isEmpty() || !answered.containsAll(draft.numbers())) {
      return draft;
    }
    int from = drafts.size();
    while (from > 0 && drafts.get(from - 1).answer().isEmpty() && answered.containsAll(drafts.get(from - 1).numbers())) {
      from--;
    }
    if (from == drafts.size()) {
      return draft;
    }
    List<Integer> numbers = new ArrayList<>();
    List<Line> question = new ArrayList<>();
    for (Draft asked : drafts.subList(from, drafts.size())) {
      numbers.addAll(asked.numbers());
      question.addAll(asked.question());
      question.add(asked.question().getLast().withText(""));
    }
    numbers.addAll(draft.numbers());
    question.addAll(draft.question());
    Draft first = drafts.get(from);
    drafts.subList(from, drafts.size()).clear();
    return new Draft(numbers, first.label(), first.asker(), first.topic(), question, draft.answer());
  }

  /** An item: where it starts, the lines after its number up to the next item, and who asked it under which topic. */
  private record Item(Start start, List<Line> body, Asker asker, String topic) {}

  /** The asker the text before the first item names ("… heeft het lid X (PARTY) de volgende vragen gesteld"). */
  private static Asker askerInLetter(List<Line> lines, int firstItem) {
    StringBuilder letter = new StringBuilder();
    for (int i = 0; i < firstItem && letter.length() < 20_000; i++) {
      letter.append(lines.get(i).text().strip()).append(' ');
    }
    Asker named = AskerHeaders.mentioned(letter.toString());
    return named == null ? Asker.UNKNOWN : named;
  }

  /**
   * The questions printed twice, as a list and again before each answer ("Antwoorden" repeating every question): the
   * items of the first run whose numbers the second run repeats go, the second run holds the answers.
   */
  private static List<Item> withoutRepeatedList(List<Item> items) {
    int restart = -1;
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k).start().run() == Run.QUESTIONS_AGAIN) {
        restart = k;
        break;
      }
    }
    if (restart < 0) {
      return items;
    }
    java.util.Set<Integer> again = new java.util.HashSet<>();
    items.subList(restart, items.size()).forEach(item -> again.add(item.start().number()));
    List<Item> out = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      if (k >= restart || !again.contains(items.get(k).start().number())) {
        out.add(items.get(k));
      }
    }
    return out;
  }

  /**
   * The questions numbered first, then "Antwoord van minister X (…)" and the answers under the same numbers, without a
   * label ("1" / "Ja."): each question gets the answer of its number; the last question ends before the announcement.
   * Null when the numbers do not run twice so.
   */
  private static List<Draft> answeredByNumber(List<Item> items) {
    int restart = -1;
    for (int k = 0; k < items.size() && restart < 0; k++) {
      if (items.get(k).start().run() == Run.ANSWERS) {
        restart = k;
      }
    }
    if (restart <= 0) {
      return null;
    }
    java.util.Map<Integer, List<Line>> answers = new java.util.HashMap<>();
    for (Item answer : items.subList(restart, items.size())) {
      answers.putIfAbsent(answer.start().number(), LabeledLayout.trim(answer.body()));
    }
    List<Draft> drafts = new ArrayList<>();
    for (int k = 0; k < restart; k++) {
      Item item = items.get(k);
      List<Line> question = k == restart - 1 ? beforeAnnouncement(item.body()) : item.body();
      List<Line> answer = answers.getOrDefault(item.start().number(), List.of());
      drafts.add(new Draft(List.of(item.start().number()), item.start().label(), item.asker(), item.topic(), LabeledLayout.trim(question), answer));
    }
    return drafts;
  }

  /** The lines before the announcement of the answers ("Antwoord van minister …", "Antwoorden"). */
  private static List<Line> beforeAnnouncement(List<Line> body) {
    for (int i = 0; i < body.size(); i++) {
      if (answersAnnounced(body, i, i + 1)) {
        return body.subList(0, i);
      }
    }
    return body;
  }

  /**
   * A letter that lists the questions first and answers them after, under labels that name the numbers ("Ad 1", "Ad 2
   * en 5", "Antwoord op vraag 3"): the answers are found in the last item, after its question, and each goes to the
   * items it names (several items answered at once become one pair). Null when the last item holds no such answers.
   */
  private static List<Draft> answeredAfterList(List<Item> items) {
    if (items.size() < 2) {
      return null;
    }
    Item last = items.getLast();
    List<Line> body = last.body();
    int first = -1;
    for (int i = 0; i < body.size() && first < 0; i++) {
      QaLabels.Label label = QaLabels.of(body.get(i).text());
      if (label != null && label.kind() == QaLabels.Kind.ANSWER && !label.numbers().isEmpty()) {
        if (label.numbers().contains(last.start().number())) {
          return null; // the last item's own answer
        }
        first = i;
      }
    }
    if (first < 0) {
      return null;
    }
    java.util.Map<Integer, Item> byNumber = new java.util.LinkedHashMap<>();
    java.util.Map<Integer, List<Line>> questions = new java.util.HashMap<>();
    for (Item item : items) {
      byNumber.putIfAbsent(item.start().number(), item);
    }
    for (Item item : items) {
      questions.put(item.start().number(), LabeledLayout.trim(item == last ? asked(body.subList(0, first)) : item.body()));
    }
    List<Draft> drafts = new ArrayList<>();
    java.util.Set<Integer> answered = new java.util.HashSet<>();
    List<Integer> numbers = null;
    List<Line> answer = new ArrayList<>();
    for (int i = first; i <= body.size(); i++) {
      QaLabels.Label label = i < body.size() ? QaLabels.of(body.get(i).text()) : null;
      boolean next = i == body.size() || label != null && label.kind() == QaLabels.Kind.ANSWER && !label.numbers().isEmpty();
      if (!next) {
        answer.add(body.get(i));
        continue;
      }
      if (numbers != null) {
        addAnswered(drafts, numbers, answer, byNumber, questions, answered);
      }
      if (i < body.size()) {
        numbers = label.numbers();
        answer = new ArrayList<>();
        if (!label.inline().isEmpty()) {
          answer.add(body.get(i).withText(label.inline()));
        }
      }
    }
    for (var entry : byNumber.entrySet()) {
      if (!answered.contains(entry.getKey())) {
        Item item = entry.getValue();
        drafts.add(new Draft(List.of(entry.getKey()), item.start().label(), item.asker(), item.topic(), questions.get(entry.getKey()), List.of()));
      }
    }
    drafts.sort(java.util.Comparator.comparing(d -> d.numbers().isEmpty() ? 0 : d.numbers().getFirst()));
    return drafts;
  }

  private static void addAnswered(List<Draft> drafts, List<Integer> numbers, List<Line> answer, java.util.Map<Integer, Item> byNumber,
      java.util.Map<Integer, List<Line>> questions, java.util.Set<Integer> answered) {
    List<Integer> own = new ArrayList<>();
    List<Line> question = new ArrayList<>();
    for (int n : numbers) {
      if (byNumber.containsKey(n) && answered.add(n)) {
        own.add(n);
        List<Line> text = questions.get(n);
        if (!question.isEmpty() && !text.isEmpty()) {
          question.add(text.getFirst().withText(""));
        }
        question.addAll(text);
      }
    }
    if (own.isEmpty()) {
      return;
    }
    Item item = byNumber.get(own.getFirst());
    drafts.add(new Draft(own, item.start().label(), item.asker(), item.topic(), question, LabeledLayout.trim(answer)));
  }

  /** The paragraphs of an item up to the last one that asks (what follows is the letter's own text). */
  private static List<Line> asked(List<Line> body) {
    List<List<Line>> units = units(body);
    int last = -1;
    for (int u = 0; u < units.size(); u++) {
      if (endsAsking(units.get(u))) {
        last = u;
      }
    }
    List<Line> out = new ArrayList<>();
    for (int u = 0; u <= Math.max(last, 0) && u < units.size(); u++) {
      if (!out.isEmpty()) {
        out.add(units.get(u).getFirst().withText(""));
      }
      out.addAll(units.get(u));
    }
    return out;
  }

  /** Item starts in sequence: 1, 2, 3 … (one missing number tolerated), each followed by something asked. */
  private static List<Start> starts(List<Line> lines) {
    List<Start> out = new ArrayList<>();
    int expected = 1;
    Run run = Run.FIRST;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (!startsWithDigit(text)) {
        continue; // all three shapes start with the number: most lines are ruled out without a regular expression
      }
      Matcher bare = BARE.matcher(text);
      Matcher inline = INLINE.matcher(text);
      Matcher spaced = SPACED.matcher(text);
      int number;
      String rest;
      if (bare.matches()) {
        number = Integer.parseInt(bare.group(1));
        rest = "";
      } else if (inline.matches()) {
        number = Integer.parseInt(inline.group(1));
        rest = inline.group(2).strip();
        if (rest.regionMatches(true, 0, "antwoord", 0, 8)) {
          continue; // "1. Antwoord van het kabinet" labels an answer, it does not start a question
        }
        if (sectionHeading(rest)) {
          continue; // "1. Algemeen", "2. Doel en aanleiding": a chapter of a nota, not a question
        }
      } else if (spaced.matches() && paragraphAsks(lines, i)) {
        // without a full stop a number is often no item ("1 NOS, …" is a footnote): its paragraph must end asking
        number = Integer.parseInt(spaced.group(1));
        rest = spaced.group(2).strip();
      } else {
        continue;
      }
      Run restart = null;
      if (number == 1 && expected > 3 && run == Run.FIRST) {
        restart = sameQuestion(lines, out.getFirst(), i, rest) ? Run.QUESTIONS_AGAIN
            : answersAnnounced(lines, out.getLast().at() + 1, i) ? Run.ANSWERS : null;
      }
      boolean answering = restart == Run.ANSWERS || restart == null && run == Run.ANSWERS;
      if (!answering && !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0))) {
        continue; // "2. hoeveel kinderen …;": an item of a list inside a question or answer; questions are capitalised
      }
      boolean inSequence = number == expected || number == expected + 1 || restart != null;
      // an answer need not ask: "1" / "Ja." after "Antwoord van minister …"
      boolean opens = answering ? Headings.nextNonBlank(lines, i + 1) < lines.size() || !rest.isEmpty()
          : rest.isEmpty() ? opensText(lines, i) : asks(lines, i, rest);
      if (inSequence && opens) {
        run = restart != null ? restart : run;
        out.add(new Start(i, number, rest.isEmpty() ? text.strip() : text.strip().substring(0, text.strip().indexOf(rest)).strip(), rest, run));
        expected = number + 1;
      }
    }
    return out;
  }

  /**
   * Whether the lines between the last item and a new "1" announce the answers: "Antwoord van minister X (…)
   * (ontvangen …)", or "Antwoord" / "Antwoorden" standing alone.
   */
  private static boolean answersAnnounced(List<Line> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      String text = lines.get(i).text().strip();
      QaLabels.Label label = QaLabels.of(text);
      if (label != null && (label.kind() == QaLabels.Kind.ANSWER_INTRO
          || label.kind() == QaLabels.Kind.ANSWER && label.numbers().isEmpty() && label.inline().isEmpty())
          || text.equalsIgnoreCase("antwoorden") || text.equalsIgnoreCase("antwoorden:")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the item starting at {@code at} opens with the same words as the first item: the list printed again. */
  private static boolean sameQuestion(List<Line> lines, Start first, int at, String inline) {
    String opening = opening(lines, first.at(), first.inline());
    return opening.length() >= 20 && opening.equals(opening(lines, at, inline));
  }

  /** The first 40 letters and digits of an item's question, lower case. */
  private static String opening(List<Line> lines, int at, String inline) {
    StringBuilder out = new StringBuilder();
    String text = inline;
    for (int i = at + 1; (inline.isEmpty() || i == at + 1) && out.length() < 40; i++) {
      if (!text.isEmpty()) {
        text.codePoints().filter(Character::isLetterOrDigit).limit(40 - out.length()).forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
      }
      if (i >= lines.size() || i > at + 6 || !inline.isEmpty()) {
        break;
      }
      text = lines.get(i).text();
    }
    return out.toString();
  }

  /** A chapter's title after its number: a few words without a sentence mark, a digit or anything asked. */
  private static boolean sectionHeading(String rest) {
    if (Texts.words(rest) > 6 || !Headings.looksLikeHeading(rest)) {
      return false;
    }
    for (int i = 0; i < rest.length(); i++) {
      if (Character.isDigit(rest.charAt(i))) {
        return false;
      }
    }
    String first = FIRST_WORD_END.split(rest, 2)[0].toLowerCase(java.util.Locale.ROOT);
    return !QUESTION_WORDS.contains(first) && !ASKING.matcher(rest).find();
  }
  private static boolean notice(Line line) {
    QaLabels.Label label = QaLabels.of(line.text());
    return label != null && label.kind() == QaLabels.Kind.NOTICE;
  }

  /** Whether the first character after white space is a digit 0-9. */
  private static boolean startsWithDigit(String text) {
    int i = 0;
    while (i < text.length() && Texts.isSpace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  /** Whether the paragraph starting here (up to a blank line) ends with a question mark. */
  private static boolean paragraphAsks(List<Line> lines, int at) {
    int end = at;
    while (end + 1 < lines.size() && !lines.get(end + 1).isBlank() && end - at < 12) {
      end++;
    }
    if (QUESTION_END.matcher(lines.get(end).text().strip()).matches()) {
      return true;
    }
    StringBuilder paragraph = new StringBuilder();
    for (int i = at; i <= end; i++) {
      paragraph.append(lines.get(i).text()).append(' ');
    }
    String text = SPACED.matcher(lines.get(at).text()).replaceFirst("$2");
    return ASKING.matcher(paragraph).find() || QUESTION_WORDS.contains(FIRST_WORD_END.split(text.strip(), 2)[0].toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a bare number is followed by a sentence (and not by another number, as in a table). */
  private static boolean opensText(List<Line> lines, int at) {
    int next = Headings.nextNonBlank(lines, at + 1);
    if (next >= lines.size()) {
      return false;
    }
    String text = lines.get(next).text().strip();
    return Character.isUpperCase(text.charAt(0)) && text.length() > 20;
  }

  /** Whether the item starting here asks something: a "?" soon, or a first word that opens a question. */
  private static boolean asks(List<Line> lines, int at, String inline) {
    StringBuilder head = new StringBuilder(inline);
    int seen = inline.isEmpty() ? 0 : 1;
    for (int i = at + 1; i < lines.size() && seen < 6; i++) {
      String text = lines.get(i).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (BARE.matcher(text).matches() || INLINE.matcher(text).matches() && seen > 0) {
        break;
      }
      head.append(' ').append(text);
      seen++;
    }
    String asked = head.toString().strip();
    if (asked.isEmpty()) {
      return false;
    }
    if (asked.contains("?") || ASKING.matcher(asked).find()) {
      return true;
    }
    String first = FIRST_WORD_END.split(asked, 2)[0].toLowerCase();
    return QUESTION_WORDS.contains(first);
  }

  /** Splits an item at its answer label, or else after the paragraphs that ask. */
  private static Draft split(Start start, List<Line> body, Asker asker, String topic) {
    List<Integer> numbers = List.of(start.number());
    for (int i = 0; i < body.size(); i++) {
      QaLabels.Label label = QaLabels.of(body.get(i).text());
      if (label != null && label.kind() == QaLabels.Kind.ANSWER) {
        List<Line> answer = new ArrayList<>();
        if (!label.inline().isEmpty()) {
          answer.add(body.get(i).withText(label.inline()));
        }
        answer.addAll(body.subList(i + 1, body.size()));
        return new Draft(numbers, start.label(), asker, topic, LabeledLayout.trim(body.subList(0, i)), LabeledLayout.trim(answer));
      }
    }
    List<List<Line>> units = units(body);
    int last = questionUnits(units);
    if (!units.isEmpty() && !endsAsking(units.get(last))) {
      units = splitAfterAsking(units, last);
    }
    if (last == units.size() - 1 && !units.isEmpty()) {
      Draft row = splitRow(start, units, asker, topic);
      if (row != null) {
        return row;
      }
    }
    List<Line> question = new ArrayList<>();
    List<Line> answer = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      List<Line> target = u <= last ? question : answer;
      if (!target.isEmpty()) {
        target.add(units.get(u).get(0).withText(""));
      }
      target.addAll(units.get(u));
    }
    return new Draft(numbers, start.label(), asker, topic, question, answer);
  }

  /**
   * A row of a flattened two-column table: number, question and answer run on in one paragraph ("12 Hoeveel …? Het
   * aantal bedroeg …"). Only tried when nothing would be left for the answer; the answer starts after the last "?"
   * that a new sentence follows. Null when there is no such "?".
   */
  private static Draft splitRow(Start start, List<List<Line>> units, Asker asker, String topic) {
    List<Line> unit = units.getFirst();
    for (int i = unit.size() - 1; i >= 0; i--) {
      Matcher asked = ASKED_THEN_TOLD.matcher(unit.get(i).text());
      int cut = -1;
      while (asked.find()) {
        cut = asked.end(1);
      }
      String text = unit.get(i).text();
      if (cut < 0 || !tells(text.substring(cut))) {
        continue; // "…? 12" is a page column, no answer
      }
      List<Line> question = new ArrayList<>(unit.subList(0, i));
      question.add(unit.get(i).withText(text.substring(0, cut).strip()));
      List<Line> answer = new ArrayList<>();
      answer.add(unit.get(i).withText(text.substring(cut).strip()));
      answer.addAll(unit.subList(i + 1, unit.size()));
      for (List<Line> more : units.subList(1, units.size())) {
        answer.add(more.getFirst().withText(""));
        answer.addAll(more);
      }
      return new Draft(List.of(start.number()), start.label(), asker, topic, question, answer);
    }
    return null;
  }

  /** Whether text after a "?" opens an answer: words, not a page column's numbers ("? 5 6"). */
  private static boolean tells(String text) {
    String[] words = FIRST_WORD_END.split(text.strip());
    long worded = java.util.Arrays.stream(words).filter(w -> w.chars().anyMatch(Character::isLetter)).count();
    return words.length >= 3 && worded >= 2;
  }

  /**
   * Where no paragraph ends asking, the question may end on a line of its own inside one: "2. … Hoeveel … verloren?"
   * with the answer on the next line, no blank line between, as a blank line later in the answer separates its
   * paragraphs. The paragraph is split after its last line that ends asking.
   */
  static List<List<Line>> splitAfterAsking(List<List<Line>> units, int at) {
    List<Line> unit = units.get(at);
    for (int i = unit.size() - 2; i >= 0; i--) {
      if (QUESTION_END.matcher(unit.get(i).text().strip()).matches()) {
        List<List<Line>> out = new ArrayList<>(units.subList(0, at));
        out.add(unit.subList(0, i + 1));
        out.add(unit.subList(i + 1, unit.size()));
        out.addAll(units.subList(at + 1, units.size()));
        return out;
      }
    }
    return units;
  }

  /** The index of the last unit that belongs to the question. */
  private static int questionUnits(List<List<Line>> units) {
    for (int u = 0; u < units.size() && u < 4; u++) {
      if (endsAsking(units.get(u))) {
        int last = u;
        while (last + 1 < units.size() - 1 && endsAsking(units.get(last + 1))) {
          last++;
        }
        return last;
      }
    }
    return 0;
  }

  static boolean endsAsking(List<Line> unit) {
    return QUESTION_END.matcher(unit.get(unit.size() - 1).text().strip()).matches();
  }

  /** Paragraphs (separated by blank lines); when the item has no blank lines, every line is its own paragraph. */
  static List<List<Line>> units(List<Line> body) {
    List<Line> lines = LabeledLayout.trim(body);
    List<List<Line>> out = new ArrayList<>();
    boolean blanks = lines.stream().anyMatch(Line::isBlank);
    List<Line> current = new ArrayList<>();
    for (Line line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      current.add(line);
      if (!blanks && endsParagraph(line)) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** Without blank lines, a line closing a sentence ends a paragraph (a wrapped line rarely ends on "." or "?"). */
  private static boolean endsParagraph(Line line) {
    String text = line.text().strip();
    return PARAGRAPH_END.matcher(text).matches();
  }

  /** The heading that closes an item's text (it belongs to the next item), or null. */
  private static String trailingHeading(List<Line> body) {
    int last = lastNonBlank(body);
    if (last <= 0) {
      return null;
    }
    int i = last - 1;
    Line line = body.get(i);
    int before = i - 1;
    boolean standsAlone = before < 0 || body.get(before).isBlank() || Headings.endsSentence(body.get(before).text());
    return standsAlone && Headings.looksLikeHeading(line.text()) ? line.text().strip() : null;
  }

  /** One past the index of the last non-blank line. */
  private static int lastNonBlank(List<Line> lines) {
    int i = lines.size();
    while (i > 0 && lines.get(i - 1).isBlank()) {
      i--;
    }
    return i;
  }
}
