package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.vraagbaak.extract.Block;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;

/**
 * Questions and answers whose roles the source states outright: the {@code <vraag>} and {@code <antwoord>} elements of
 * the officielebekendmakingen XML, which extraction hands over as {@link Block}s. Nothing is guessed from the text: a
 * question is what a question block holds, its label ("Vraag 1", "Antwoord 2 en 3") comes from the number element,
 * and each paragraph element stays a paragraph. The text of a block is still the repaired text (footnote markers
 * out, words rejoined), found by source line.
 */
final class BlockLayout implements Layout {

  /** A question block being paired. */
  private static final class Question {
    final List<Integer> numbers;
    final List<String> keys;
    final String label;
    final Asker asker;
    final String topic;
    final List<Line> lines;
    Answer answer;

    Question(QaLabels.Label printed, String label, Asker asker, String topic, List<Line> lines) {
      this.numbers = printed == null ? List.of() : printed.numbers();
      this.keys = printed == null ? List.of() : printed.keys();
      this.label = label;
      this.asker = asker;
      this.topic = topic;
      this.lines = lines;
    }
  }

  private record Answer(List<Integer> numbers, List<Line> lines) {}

  @Override
  public String name() {
    return "xml-structuur";
  }

  @Override
  public double score(Text text) {
    long questions = text.blocks().stream().filter(b -> b.kind() == Block.Kind.QUESTION).count();
    long answers = text.blocks().stream().filter(b -> b.kind() == Block.Kind.ANSWER).count();
    // declared structure outranks every layout that has to read the roles from the wording
    return questions > 0 && answers > 0 ? 1_000_000 + questions : 0;
  }

  @Override
  public Parsed parse(Text text) {
    Map<Integer, Line> repaired = new HashMap<>();
    for (Line line : text.lines()) {
      repaired.putIfAbsent(line.sourceLine(), line);
    }
    List<Question> questions = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    Asker asker = Asker.UNKNOWN;
    String topic = null;
    for (Block block : text.blocks()) {
      switch (block.kind()) {
        case QUESTION -> {
          String label = block.label();
          questions.add(new Question(label(label, "Vraag "), label, asker, topic, paragraphs(block, repaired)));
        }
        case ANSWER -> answer(block, paragraphs(block, repaired), questions, issues);
        case TITLE, TEXT, HEADING -> {
          for (Line line : block.lines()) {
            AskerHeaders.Header header = AskerHeaders.of(line.text());
            if (header != null) {
              asker = header.asker();
              topic = header.topic();
            } else if (block.kind() == Block.Kind.HEADING) {
              topic = line.text().strip();
            } else if (questions.isEmpty() && asker == Asker.UNKNOWN) {
              // without a header, the introduction says whose questions follow ("beantwoordt vragen van het lid X (P)")
              Asker told = AskerHeaders.mentioned(line.text());
              asker = told == null ? asker : told;
            }
          }
        }
        case FOOTNOTE -> {}
      }
    }
    return new Parsed(drafts(questions), issues);
  }

  /** The label as printed ("Vraag 3a") or as a bare number element ("3a", read as "Vraag 3a"); null without one. */
  private static QaLabels.Label label(String printed, String word) {
    if (printed == null) {
      return null;
    }
    QaLabels.Label label = QaLabels.of(printed);
    return label != null ? label : QaLabels.of(word + printed.strip());
  }

  /** The block's lines as repaired, a blank line between paragraph elements. */
  private static List<Line> paragraphs(Block block, Map<Integer, Line> repaired) {
    List<Line> out = new ArrayList<>();
    for (Line line : block.lines()) {
      Line fixed = repaired.get(line.sourceLine());
      if (fixed == null || fixed.isBlank()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.add(fixed.withText(""));
      }
      out.add(fixed);
    }
    return out;
  }

  /** Gives the answer to the questions its label names, else to the first question still unanswered. */
  private static void answer(Block block, List<Line> lines, List<Question> questions, List<Issue> issues) {
    QaLabels.Label printed = label(block.label(), "Antwoord ");
    List<Question> answered = new ArrayList<>();
    if (printed != null && !printed.keys().isEmpty()) {
      for (Question q : questions) {
        if (q.answer == null && !q.keys.isEmpty() && printed.keys().containsAll(q.keys)) {
          answered.add(q);
        }
      }
    }
    if (answered.isEmpty()) {
      questions.stream().filter(q -> q.answer == null).findFirst().ifPresent(answered::add);
    }
    if (answered.isEmpty()) {
      int line = block.lines().isEmpty() ? 0 : block.lines().getFirst().sourceLine();
      issues.add(Issue.warning("answer " + (block.label() == null ? "" : "'" + block.label() + "' ") + "has no question", line));
      return;
    }
    Answer answer = new Answer(printed == null ? List.of() : printed.numbers(), lines);
    answered.forEach(q -> q.answer = answer);
  }

  /** One draft per answer (questions sharing an answer folded into the first), and one per unanswered question. */
  private static List<Draft> drafts(List<Question> questions) {
    List<Draft> drafts = new ArrayList<>();
    for (Question q : questions) {
      if (q.answer == null) {
        drafts.add(new Draft(q.numbers, q.label, q.asker, q.topic, q.lines, List.of()));
        continue;
      }
      List<Question> sharing = questions.stream().filter(o -> o.answer == q.answer).toList();
      if (sharing.getFirst() != q) {
        continue;
      }
      List<Line> text = new ArrayList<>();
      TreeSet<Integer> numbers = new TreeSet<>(q.answer.numbers());
      for (Question s : sharing) {
        if (!text.isEmpty() && !s.lines.isEmpty()) {
          text.add(s.lines.getFirst().withText(""));
        }
        text.addAll(s.lines);
        numbers.addAll(s.numbers);
      }
      drafts.add(new Draft(List.copyOf(numbers), q.label, q.asker, q.topic, text, q.answer.lines()));
    }
    return drafts;
  }
}
