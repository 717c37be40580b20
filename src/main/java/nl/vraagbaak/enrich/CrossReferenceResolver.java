package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.ParseResult;

/**
 * Resolves an answer's pointers within its document to the pairs they name: by question number ("zie het antwoord op
 * vraag 22", the parser's refersTo, plus "zoals in antwoord 8 genoemd") and by asker ("het antwoord op de vraag van
 * het lid Van der Werf (D66)"). A pointer that names nothing, or a pair on another subject, is an issue, never a link.
 */
final class CrossReferenceResolver {

  /** "in antwoord 8", "zie antwoord 8": a bare answer number the parser's pattern leaves out. */
  private static final Pattern BARE_ANSWER_NUMBER = Pattern.compile("(?i)\\b(?:in|zie|naar)\\s+(?:het\\s+)?antwoord\\s+(\\d{1,3})\\b");

  /** "het antwoord op de vraag van het lid Van der Werf (D66)", "de antwoorden op de vragen van de leden X en Y". */
  private static final Pattern BY_ASKER =
      Pattern.compile("(?i)\\bantwoord(?:en)?\\s+op\\s+de\\s+vra(?:ag|gen)\\s+van\\s+(?:het\\s+lid|de\\s+leden|lid)\\s+([^.;:()]{2,80})(?:\\(([^)]{1,40})\\))?");

  /** "(het antwoord op de vragen van de leden) van de D66-fractie": a pointer to a faction's question, not a member's. */
  private static final Pattern FACTION = Pattern.compile("(?i)(?:van\\s+)?(?:de\\s+)?([\\p{L}\\d]+(?:[- ][\\p{L}\\d]+)*?)[- ]?fractie\\b");

  /** The resolved pair ids of each pair, and what could not be resolved. */
  record Resolution(Map<String, List<String>> refersToPairs, List<Issue> issues) {}

  private CrossReferenceResolver() {}

  static Resolution resolve(ParseResult parsed) {
    Map<String, List<String>> resolved = new HashMap<>();
    List<Issue> issues = new ArrayList<>();
    Subjects subjects = new Subjects();
    for (Pair pair : parsed.pairs()) {
      Set<String> ids = new LinkedHashSet<>();
      for (int number : pointedNumbers(pair)) {
        byNumber(parsed.pairs(), pair, number, subjects, issues).ifPresent(ids::add);
      }
      String answer = pair.answer() == null ? "" : pair.answer();
      Matcher m = BY_ASKER.matcher(answer);
      while (mayNameAsker(answer) && m.find()) {
        Matcher faction = FACTION.matcher(m.group(1));
        if (faction.lookingAt()) {
          byFaction(parsed.pairs(), pair, faction.group(1), subjects, issues).ifPresent(ids::add);
        } else {
          byAsker(parsed.pairs(), pair, m.group(1), m.group(2), subjects, issues).ifPresent(ids::add);
        }
      }
      resolved.put(pair.id(), List.copyOf(ids));
    }
    return new Resolution(resolved, issues);
  }

  /** The numbers this answer points to, leaving out its own ("In reactie op de vragen 1, 10 en 18" printed under 1). */
  static List<Integer> pointedNumbers(Pair pair) {
    Set<Integer> numbers = new LinkedHashSet<>(pair.refersTo());
    String answer = pair.answer() == null ? "" : pair.answer();
    Matcher m = BARE_ANSWER_NUMBER.matcher(answer);
    if (answer.contains("ntwoord ") && numberAfterAnswer(answer)) {
      while (m.find()) {
        numbers.add(Integer.parseInt(m.group(1)));
      }
    }
    numbers.removeAll(pair.numbers());
    return List.copyOf(numbers);
  }

  /** Whether "antwoord" (any case), white space and a digit follow each other somewhere, as BARE_ANSWER_NUMBER needs. */
  private static boolean numberAfterAnswer(String answer) {
    for (int i = 0; i < answer.length(); i++) {
      char c = answer.charAt(i);
      if (c >= '0' && c <= '9' && i > 0 && Words.isSpace(answer.charAt(i - 1))) {
        int k = i - 1;
        while (k > 0 && Words.isSpace(answer.charAt(k - 1))) {
          k--;
        }
        if (k >= 8 && answer.regionMatches(true, k - 8, "antwoord", 0, 8)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mayNameAsker(String answer) {
    return answer.contains(" van het lid") || answer.contains(" van de leden") || answer.contains(" van lid ");
  }

  private static java.util.Optional<String> byNumber(List<Pair> pairs, Pair from, int number, Subjects subjects, List<Issue> issues) {
    List<Pair> named = pairs.stream().filter(p -> p != from && p.numbers().contains(number)).toList();
    if (named.isEmpty()) {
      issues.add(Issue.warning("answer to " + describe(from) + " points to question " + number + ", which does not exist", line(from)));
      return java.util.Optional.empty();
    }
    Pair best = closest(from, named, subjects);
    if (subjects.shared(from, best) == 0) {
      issues.add(Issue.warning("answer to " + describe(from) + " points to question " + number
          + ", whose subject differs (no content words in common); not linked", line(from)));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(best.id());
  }

  private static java.util.Optional<String> byAsker(
      List<Pair> pairs, Pair from, String names, String party, Subjects subjects, List<Issue> issues) {
    String wanted = Words.fold(names);
    List<Pair> asked = pairs.stream()
        .filter(p -> p != from)
        .filter(p -> p.asker() != null && p.asker().members().stream().anyMatch(member -> containsName(wanted, Words.fold(member))))
        .filter(p -> party == null || p.asker().party() == null || sameParty(party, p.asker().party()))
        .toList();
    String who = "the member " + names.strip() + (party == null ? "" : " (" + party + ")");
    if (asked.isEmpty()) {
      issues.add(Issue.warning("answer to " + describe(from) + " points to the question of " + who + ", which is not in this document", line(from)));
      return java.util.Optional.empty();
    }
    Pair best = closest(from, asked, subjects);
    if (subjects.shared(from, best) == 0) {
      issues.add(Issue.warning("answer to " + describe(from) + " points to the question of " + who
          + ", but none of that member's questions shares its subject; not linked", line(from)));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(best.id());
  }

  private static java.util.Optional<String> byFaction(List<Pair> pairs, Pair from, String party, Subjects subjects, List<Issue> issues) {
    List<Pair> asked = pairs.stream()
        .filter(p -> p != from && p.asker() != null && p.asker().party() != null && sameParty(party, p.asker().party()))
        .toList();
    Pair best = asked.isEmpty() ? null : closest(from, asked, subjects);
    if (best == null || subjects.shared(from, best) == 0) {
      issues.add(Issue.warning("answer to " + describe(from) + " points to the question of the " + party + "-fractie, "
          + (best == null ? "which is not in this document" : "but none of its questions shares the subject; not linked"), line(from)));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(best.id());
  }

  private static boolean containsName(String text, String member) {
    return text.contains(member) && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(member) + "(?![\\p{L}])").matcher(text).find();
  }

  private static boolean sameParty(String printed, String canonical) {
    String a = Words.fold(printed).replaceAll("[^\\p{L}\\d]", "");
    String b = Words.fold(canonical).replaceAll("[^\\p{L}\\d]", "");
    return a.equals(b) || a.contains(b) || b.contains(a) || canonical.toLowerCase(Locale.ROOT).startsWith("groenlinks") && a.startsWith("gl");
  }

  /** Of several candidates, the one sharing most content words with the pointing pair; the first on a tie. */
  private static Pair closest(Pair from, List<Pair> candidates, Subjects subjects) {
    Pair best = candidates.getFirst();
    int most = -1;
    for (Pair p : candidates) {
      int shared = subjects.shared(from, p);
      if (shared > most) {
        best = p;
        most = shared;
      }
    }
    return best;
  }

  private static String text(Pair p) {
    return (p.question() == null ? "" : p.question()) + "\n" + (p.answer() == null ? "" : p.answer());
  }

  /** Content words per pair, computed once per document and only for pairs that point or are pointed to. */
  private static final class Subjects {

    private final Map<Pair, Set<String>> words = new java.util.IdentityHashMap<>();

    int shared(Pair a, Pair b) {
      Set<String> x = of(a);
      Set<String> y = of(b);
      int common = 0;
      for (String word : x.size() <= y.size() ? x : y) {
        if ((x.size() <= y.size() ? y : x).contains(word)) {
          common++;
        }
      }
      return common;
    }

    private Set<String> of(Pair p) {
      return words.computeIfAbsent(p, q -> Words.content(text(q)));
    }
  }

  private static String describe(Pair p) {
    return p.numbers().isEmpty() ? "pair " + p.ordinal() : "question " + p.numbers().getFirst();
  }

  private static int line(Pair p) {
    return p.location() == null ? 0 : p.location().startLine();
  }
}
