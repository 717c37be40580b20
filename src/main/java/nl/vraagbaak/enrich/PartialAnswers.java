package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A question that asks several things, of which the answer takes up only some: one sub-question (a sentence ending in
 * "?") whose own subject words appear nowhere in the answer while another sub-question's do. Conservative on purpose:
 * the answer is short (at most {@value #MAX_ANSWER} characters), the sub-question carries at least
 * {@value #MIN_OWN_WORDS} words of its own and shares none with the answer.
 */
final class PartialAnswers {

  static final int MIN_OWN_WORDS = 3;

  /** A long answer takes up more than its words show: only short answers are judged. */
  static final int MAX_ANSWER = 600;

  /** An answer that opens with "Ja" or "Nee" answers a closed question in its own words. */
  private static final java.util.regex.Pattern YES_OR_NO = java.util.regex.Pattern.compile("(?i)^\\s*(?:ja|nee|neen)\\b");

  /** "Is de minister bereid …?" is answered by what the cabinet will do, rarely in the question's words. */
  private static final java.util.regex.Pattern WILLING = java.util.regex.Pattern.compile("(?i)\\b(?:bereid|toezeggen)\\b");

  /** "…, zo vragen deze leden.": a question printed as a statement. */
  private static final java.util.regex.Pattern SO_ASK_THE_MEMBERS =
      java.util.regex.Pattern.compile("(?is).*\\bzo\\s+vragen\\s+(?:deze|de)\\s+leden\\.?$");

  private PartialAnswers() {}

  /** The sub-question the answer leaves alone, or null when every one is addressed (or the question asks one thing). */
  static String unaddressed(String question, String answer) {
    if (question == null || answer.length() < 40 || answer.length() > MAX_ANSWER || question.indexOf('?') < 0) {
      return null;
    }
    List<String> asks = new ArrayList<>();
    for (String sentence : Sentences.of(question)) {
      if (sentence.endsWith("?") || SO_ASK_THE_MEMBERS.matcher(sentence).matches()) {
        asks.add(sentence);
      }
    }
    if (asks.size() < 2 || answer.length() < 40 || answer.length() > MAX_ANSWER || YES_OR_NO.matcher(answer).find()) {
      return null;
    }
    Set<String> answerWords = stems(answer);
    List<Set<String>> askWords = asks.stream().map(PartialAnswers::stems).toList();
    String missed = null;
    boolean someAddressed = false;
    for (int i = 0; i < asks.size(); i++) {
      Set<String> own = new HashSet<>(askWords.get(i));
      for (int j = 0; j < asks.size(); j++) {
        if (j != i) {
          own.removeAll(askWords.get(j));
        }
      }
      Set<String> all = new HashSet<>(askWords.get(i));
      all.retainAll(answerWords);
      Set<String> ownAnswered = new HashSet<>(own);
      ownAnswered.retainAll(answerWords);
      if (all.size() >= 2) {
        someAddressed = true;
      }
      boolean yesNo = WILLING.matcher(asks.get(i)).find();
      if (!yesNo && own.size() >= MIN_OWN_WORDS && ownAnswered.isEmpty() && all.isEmpty() && missed == null) {
        missed = asks.get(i);
      }
    }
    return someAddressed ? missed : null;
  }

  /** Five-letter stems: "leveren" and "levering" meet in "lever". */
  private static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    for (String word : Words.content(text)) {
      stems.add(word.length() > 5 ? word.substring(0, 5) : word);
    }
    return stems;
  }
}
