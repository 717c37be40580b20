package nl.vraagbaak.enrich;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;
import nl.vraagbaak.parse.ParseResult;

/**
 * Derives each pair's enrichment from the parsed document. The steps, in order:
 * <ol>
 *   <li>{@link CrossReferenceResolver}: pointers to other pairs of the document, resolved to pair ids (or issues);
 *   <li>{@link KamerstukReferences}: Kamerstukken, motions, Aanhangsel numbers and links, under canonical ids;
 *   <li>{@link Commitments}: promises to the Kamer with their deadline ({@link Deadlines}) or condition;
 *   <li>{@link AnswerKinds}: whether the answer answers ({@link PartialAnswers} for the partly answered);
 *   <li>{@link Reuse}: earlier answers of the document that this one repeats.
 * </ol>
 */
public final class Enricher {

  private Enricher() {}

  /**
   * From this many pairs on, the second half's answers are read on another thread while this one reads the first half
   * and resolves the cross-references: a long document (a 500-page list, a budget debate) is enriched in little more
   * than half the time on two cores. Below it, handing work over costs more than it saves.
   */
  static final int PARALLEL_FROM_PAIRS = 128;

  public static Enriched enrich(ParseResult parsed) {
    return enrich(parsed, PARALLEL_FROM_PAIRS);
  }

  static Enriched enrich(ParseResult parsed, int parallelFromPairs) {
    List<Pair> pairs = parsed.pairs();
    Document document = parsed.document();
    int half = pairs.size() >= parallelFromPairs && Runtime.getRuntime().availableProcessors() > 1 ? pairs.size() / 2 : pairs.size();
    CompletableFuture<List<Own>> secondHalf =
        half < pairs.size() ? CompletableFuture.supplyAsync(() -> own(pairs.subList(half, pairs.size()), document)) : null;
    List<Own> own = new ArrayList<>(own(pairs.subList(0, half), document));
    CrossReferenceResolver.Resolution crossReferences = CrossReferenceResolver.resolve(parsed);
    if (secondHalf != null) {
      own.addAll(joined(secondHalf));
    }
    List<Issue> issues = new ArrayList<>(parsed.issues());
    issues.addAll(crossReferences.issues());
    List<List<Integer>> reused = Reuse.withinPrints(own.stream().map(Own::print).toList());
    List<EnrichedPair> enriched = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      Pair pair = pairs.get(i);
      Own read = own.get(i);
      Enrichment enrichment =
          new Enrichment(
              read.references(),
              read.kind().kind(),
              read.kind().evidence(),
              read.commitments(),
              reused.get(i).stream().map(j -> pairs.get(j).id()).toList(),
              crossReferences.refersToPairs().getOrDefault(pair.id(), List.of()));
      enriched.add(new EnrichedPair(pair, enrichment));
    }
    return new Enriched(document, enriched, parsed.unanswered(), issues);
  }

  /**
   * What a pair's answer says on its own, without the other pairs: its kind, references and commitments, and its print
   * for reuse (null for a referral: "Zie het antwoord op vraag 3." repeats a formula, not an answer).
   */
  private record Own(AnswerKinds.Kind kind, List<Reference> references, List<Commitment> commitments, Reuse.Print print) {}

  private static List<Own> own(List<Pair> pairs, Document document) {
    List<Own> own = new ArrayList<>(pairs.size());
    for (Pair pair : pairs) {
      // Each answer cut into sentences once, for AnswerKinds and Commitments both (cutting the stripped or the printed
      // answer gives the same sentences).
      List<String> sentences = Sentences.of(pair.answer() == null ? "" : pair.answer().strip());
      AnswerKinds.Kind kind = AnswerKinds.of(pair, sentences);
      Reuse.Print print = kind.kind() == AnswerKind.REFERRAL ? null : Reuse.print(pair.answer());
      own.add(new Own(kind, KamerstukReferences.in(pair), Commitments.in(pair.answer(), sentences, document), print));
    }
    return own;
  }

  /** The other thread's result; what it threw is thrown here as it was. */
  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Initialises the classes enrichment uses, whose expressions and tables are built on first use (some 60 ms of a
   * short process): the parse command calls it on another thread while the document is repaired and parsed, so that
   * enriching finds them ready.
   */
  public static void prepare() {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    for (Class<?> used : List.of(Deadlines.class, Commitments.class, KamerstukReferences.class, AnswerKinds.class,
        CrossReferenceResolver.class, PartialAnswers.class, Reuse.class, Sentences.class, Words.class)) {
      try {
        lookup.ensureInitialized(used);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("enrichment cannot initialise its own class " + used.getName(), e);
      }
    }
  }

  /**
   * The normal form under which answers reused verbatim or nearly so are equal: lower case, without accents, letters
   * and digits only, and without the question numbers of "zie het antwoord op vraag 12" (they differ between documents).
   * The store compares it across documents.
   */
  public static String fingerprint(String answer) {
    return Reuse.fingerprint(answer);
  }

  /**
   * The canonical id of a reference as a user may type it: an id ("kst-36045-267", "motie-klaver",
   * "ah-tk-20232024-1234") or the words as printed ("Kamerstuk 36 045, nr. 267", "motie Paternotte c.s.").
   */
  public static Optional<String> canonicalReference(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.matches("(?i)(?:motie|ah-tk|ah-ek|h-tk|h-ek)-[a-z0-9-]+")) {
      return Optional.of(text.toLowerCase(Locale.ROOT));
    }
    if (text.matches("(?i)tk-\\d{4}[zd]\\d{5}")) {
      return Optional.of("tk-" + text.substring(3).toUpperCase(Locale.ROOT));
    }
    return KamerstukReferences.in(text).stream().map(Reference::id).findFirst();
  }

  /** The official publication of a canonical id, or null where there is none (motions by name). */
  public static String officialUrl(String id) {
    return id.matches("(?:kst|ah-tk|ah-ek|h-tk|h-ek)-.+") ? KamerstukReferences.OFFICIAL + id : null;
  }
}
