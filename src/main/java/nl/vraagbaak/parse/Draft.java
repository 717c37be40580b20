package nl.vraagbaak.parse;

import java.util.List;
import nl.vraagbaak.extract.Line;

/**
 * A pair as a layout cut it, before its text is joined: the lines of the question and of the answer (empty for a
 * question without an answer).
 */
record Draft(List<Integer> numbers, String label, Asker asker, String topic, List<Line> question, List<Line> answer) {

  Draft {
    numbers = List.copyOf(numbers);
    question = List.copyOf(question);
    answer = List.copyOf(answer);
  }
}
