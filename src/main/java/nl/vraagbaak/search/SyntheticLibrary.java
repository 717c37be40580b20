package nl.vraagbaak.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.vraagbaak.enrich.AnswerKind;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import nl.vraagbaak.enrich.Enrichment;
import nl.vraagbaak.parse.Asker;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Location;
import nl.vraagbaak.parse.Pair;

/**
 * A deterministic synthetic library for the scale benchmark: documents of {@link #PAIRS_PER_DOCUMENT} pairs
 * whose questions and answers recombine sentences of real documents (the seeds), with the seeds' askers,
 * topics, kinds and responders, dated over ten years. The same seed documents and number give the same library.
 */
public final class SyntheticLibrary {

  public static final int PAIRS_PER_DOCUMENT = 40;

  private final List<String> questionSentences = new ArrayList<>();
  private final List<String> answerSentences = new ArrayList<>();
  private final List<Asker> askers = new ArrayList<>();
  private final List<String> topics = new ArrayList<>();
  private final List<Document> templates = new ArrayList<>();
  private final Enrichment enrichment = new Enrichment(List.of(), AnswerKind.ANSWERED, null, List.of(), List.of());

  public SyntheticLibrary(List<Enriched> seeds) {
    Set<String> questions = new LinkedHashSet<>();
    Set<String> answers = new LinkedHashSet<>();
    for (Enriched seed : seeds) {
      templates.add(seed.document());
      for (EnrichedPair enriched : seed.pairs()) {
        Pair pair = enriched.pair();
        questions.addAll(sentences(pair.question()));
        answers.addAll(sentences(pair.answer()));
        askers.add(pair.asker());
        if (pair.topic() != null) {
          topics.add(pair.topic());
        }
      }
    }
    questionSentences.addAll(questions);
    answerSentences.addAll(answers);
    if (questionSentences.isEmpty() || answerSentences.isEmpty() || askers.isEmpty()) {
      throw new IllegalArgumentException("the seed documents hold no pairs to recombine");
    }
  }

  /** Sentences of a text, as printed. */
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String sentence : text.replaceAll("\\s+", " ").split("(?<=[.?!])\\s+(?=[A-Z])")) {
      if (sentence.length() >= 20) {
        sentences.add(sentence.strip());
      }
    }
    return sentences;
  }

  /** Sentence counts, for the report. */
  public String describe() {
    return questionSentences.size() + " question and " + answerSentences.size() + " answer sentences from " + templates.size() + " documents";
  }

  /** The n-th document (0-based) of the library: always the same for the same n. */
  public Enriched document(int n) {
    Random random = new Random(0x5EED_0000L + n);
    Document template = templates.get(random.nextInt(templates.size()));
    String id = String.format(Locale.ROOT, "%016x", 0x5000_0000_0000_0000L + n);
    String date = java.time.LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650)).toString();
    Document document = new Document(id, "synthetic-" + n + ".txt", "txt", template.kind(), "Synthetic document " + n, date,
        template.committee(), template.responder(), null);
    List<EnrichedPair> pairs = new ArrayList<>(PAIRS_PER_DOCUMENT);
    for (int ordinal = 1; ordinal <= PAIRS_PER_DOCUMENT; ordinal++) {
      String question = join(random, questionSentences, 1 + random.nextInt(3));
      String answer = join(random, answerSentences, 2 + random.nextInt(4));
      Asker asker = askers.get(random.nextInt(askers.size()));
      String topic = topics.isEmpty() || random.nextBoolean() ? null : topics.get(random.nextInt(topics.size()));
      Pair pair = new Pair(id + "." + ordinal, ordinal, List.of(ordinal), "Vraag " + ordinal, asker, topic, question, answer,
          List.of(), List.of(), new Location(ordinal * 10, ordinal * 10 + 8, null));
      pairs.add(new EnrichedPair(pair, enrichment));
    }
    return new Enriched(document, pairs, List.of(), List.of());
  }

  /** A question of the seeds' vocabulary, for query workloads. */
  public String questionSentence(Random random) {
    return questionSentences.get(random.nextInt(questionSentences.size()));
  }

  public Asker asker(Random random) {
    return askers.get(random.nextInt(askers.size()));
  }

  private static String join(Random random, List<String> sentences, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(sentences.get(random.nextInt(sentences.size())));
    }
    return text.toString();
  }
}
