package nl.vraagbaak.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.vraagbaak.extract.Issue;
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

  public static Enriched enrich(ParseResult parsed) {
    CrossReferenceResolver.Resolution crossReferences = CrossReferenceResolver.resolve(parsed);
    List<Issue> issues = new ArrayList<>(parsed.issues());
    issues.addAll(crossReferences.issues());
    List<Pair> pairs = parsed.pairs();
    // Each answer cut into sentences once, for AnswerKinds and Commitments both (cutting the stripped or the printed
    // answer gives the same sentences).
    List<List<String>> sentences = pairs.stream().map(p -> Sentences.of(p.answer() == null ? "" : p.answer().strip())).toList();
    List<AnswerKinds.Kind> kinds = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      kinds.add(AnswerKinds.of(pairs.get(i), sentences.get(i)));
    }
    // A referral ("Zie het antwoord op vraag 3.") repeats a formula, not an answer: it takes no part in reuse.
    List<String> reusable = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      reusable.add(kinds.get(i).kind() == AnswerKind.REFERRAL ? null : pairs.get(i).answer());
    }
    List<List<Integer>> reused = Reuse.within(reusable);
    List<EnrichedPair> enriched = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      Pair pair = pairs.get(i);
      AnswerKinds.Kind kind = kinds.get(i);
      Enrichment enrichment =
          new Enrichment(
              KamerstukReferences.in(pair),
              kind.kind(),
              kind.evidence(),
              Commitments.in(pair.answer(), sentences.get(i), parsed.document()),
              reused.get(i).stream().map(j -> pairs.get(j).id()).toList(),
              crossReferences.refersToPairs().getOrDefault(pair.id(), List.of()));
      enriched.add(new EnrichedPair(pair, enrichment));
    }
    return new Enriched(parsed.document(), enriched, parsed.unanswered(), issues);
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
