package nl.vraagbaak.enrich;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagbaak.parse.Pair;

/**
 * Whether an answer answers, with the sentence that decided it. A non-answer cue decides only a short answer (at most
 * {@value #SHORT_SENTENCES} sentences and {@value #SHORT_CHARS} characters): in a long answer the same words are one
 * remark among many (the cabinet "wil hier niet op vooruitlopen" and then answers the rest at length).
 */
final class AnswerKinds {

  static final int SHORT_SENTENCES = 5;
  static final int SHORT_CHARS = 900;

  /** The decision and its evidence sentence (null for a plain answer). */
  record Kind(AnswerKind kind, String evidence) {}

  /**
   * A kind, the words of which the answer must have one for the pattern to be tried (a first check that decides: the
   * pattern has forms without them), the pattern, and an exact first check on a lower-cased sentence: where it fails,
   * the pattern cannot match the sentence. Starts: the (lower-case) words at which every form of the pattern begins,
   * so that it is tried there only.
   */
  record Cue(AnswerKind kind, List<String> triggers, Pattern pattern, Predicate<String> possible, List<String> starts) {

    /**
     * {@code pattern.matcher(sentence)} after a successful {@code find()}, or null where it finds nothing: tried only at
     * the starts, in text order, which is what find() would have tried with success.
     */
    Matcher find(String sentence, String lower) {
      Matcher m = pattern.matcher(sentence);
      if (lower.length() != sentence.length()) {
        return m.find() ? m : null;
      }
      boolean[] start = new boolean[sentence.length()];
      boolean any = false;
      for (String word : starts) {
        for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
          start[i] = true;
          any = true;
        }
      }
      if (!any) {
        return null;
      }
      m.useTransparentBounds(true).useAnchoringBounds(false);
      for (int p = 0; p < start.length; p++) {
        if (start[p] && m.region(p, start.length).lookingAt()) {
          return m;
        }
      }
      return null;
    }

    boolean in(String lowerCaseAnswer) {
      for (String trigger : triggers) {
        if (lowerCaseAnswer.contains(trigger)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Checked in this order: the first kind whose cue a sentence carries wins. */
  static final List<Cue> CUES =
      List.of(
          new Cue(AnswerKind.CONFIDENTIAL, List.of("rubricer", "gerubriceerd", "geclassificeerd", "staatsgeheim", "geheimhouding", "vertrouwelijk", "openbaar", "mededelingen"), Pattern.compile(
              "(?i)rubricering|gerubriceerd(?!e\\s+of)|geclassificeerd|staatsgeheim|geheimhouding|vertrouwelijk(?:e)?\\s+(?:ter\\s+inzage|inzage|inzien|in\\s+te\\s+zien|geïnformeerd|geinformeerd|karakter)"
                  + "|niet\\s+(?:openbaar|met\\s+(?:de|uw)\\s+(?:Tweede\\s+)?Kamer)\\s+(?:worden\\s+)?(?:gedeeld|gemaakt)|niet\\s+openbaar\\s+(?:worden\\s+)?gemaakt"
                  + "|geen\\s+mededelingen\\s+(?:worden\\s+)?gedaan"),
              s -> s.contains("rubricering") || s.contains("gerubriceerd") || s.contains("geclassificeerd") || s.contains("staatsgeheim")
                  || s.contains("geheimhouding") || s.contains("vertrouwelijk") || s.contains("mededelingen")
                  || s.contains("niet") && (s.contains("gedeeld") || s.contains("gemaakt")),
              List.of("rubricering", "gerubriceerd", "geclassificeerd", "staatsgeheim", "geheimhouding", "vertrouwelijk", "niet", "geen")),
          new Cue(AnswerKind.NOT_RESPONSIBLE, List.of("ligt", "valt", "zaak", "aangelegenheid", "verwijs", "verantwoordelijkheid", "bevoegdheid"), Pattern.compile(
              "(?i)(?:verantwoordelijkheid|bevoegdheid|verantwoordelijk)\\b.{0,120}\\bligt\\s+(?:echter\\s+)?bij\\s+(?:de|het|mijn)\\s+(?:minister|staatssecretaris|ministerie|ambtgeno|collega|bewindspersoon)"
                  + "|\\bligt\\s+(?:echter\\s+)?niet\\s+bij\\s+(?:de|het|mijn)\\s+(?:minister|staatssecretaris|ministerie)"
                  + "|valt\\s+(?:onder|binnen)\\s+de\\s+(?:verantwoordelijkheid|portefeuille)\\s+van\\s+(?:de|het|mijn)\\s+(?:minister|staatssecretaris|ministerie|collega|ambtgeno)"
                  + "|(?:is|betreft)\\s+(?:\\w+\\s+){0,3}?(?:verantwoordelijkheid|bevoegdheid)\\s+van\\s+(?:de|het|mijn)\\s+(?:minister|staatssecretaris|ministerie|collega|ambtgeno)"
                  + "|valt\\s+buiten\\s+(?:de|mijn)\\s+(?:verantwoordelijkheid|portefeuille|bevoegdheid)"
                  + "|(?:is|betreft)\\s+(?:een\\s+)?(?:zaak|aangelegenheid)\\s+(?:van|voor)\\s+(?:de|het|mijn)\\s+(?:minister|staatssecretaris|ministerie|collega|ambtgeno)"
                  + "|(?:verwijs|verwijst)\\s+(?:ik|het\\s+kabinet)?\\s*(?:u\\s+)?naar\\s+(?:de|mijn)\\s+(?:minister|staatssecretaris|collega|ambtgeno)"),
              s -> s.contains("ligt") || s.contains("valt") || s.contains("verantwoordelijkheid") || s.contains("bevoegdheid")
                  || s.contains("zaak") || s.contains("aangelegenheid") || s.contains("verwijs"),
              List.of("verantwoordelijk", "bevoegdheid", "ligt", "valt", "is", "betreft", "verwijs")),
          new Cue(AnswerKind.PREMATURE, List.of("vroeg", "prematuur", "nog niet", "nog geen"), Pattern.compile(
              "(?i)\\bte\\s+vroeg\\b|\\bprematuur\\b|\\bnog\\s+niet\\s+(?:bekend|duidelijk|mogelijk\\s+om|te\\s+zeggen|te\\s+voorzien|aan\\s+de\\s+orde|in\\s+te\\s+schatten)"
                  + "|\\bnog\\s+geen\\s+(?:besluit|zicht|duidelijkheid|uitsluitsel|uitspraak|oordeel)"),
              s -> s.contains("vroeg") || s.contains("prematuur") || s.contains("nog") && (s.contains("niet") || s.contains("geen")),
              List.of("te", "prematuur", "nog")),
          new Cue(AnswerKind.DECLINED, List.of("speculeer", "speculatie", "speculeren", "vooruit", "uitspraken", "niet in", "niet nader in", "niet op in", "ingaan", "commentaar", "oordeel", "treedt", "laat zich", "becommentarie"), Pattern.compile(
              "(?i)speculeer\\w*|speculatie|speculeren|vooruit\\s*(?:te\\s+)?lop\\w*|vooruit\\s*loopt"
                  + "|\\b(?:doet|doen)\\s+(?:het\\s+kabinet\\s+|ik\\s+)?geen\\s+uitspraken|\\bgaat\\s+(?:het\\s+kabinet\\s+)?niet\\s+in\\s+op|\\bga\\s+(?:ik\\s+)?niet\\s+in\\s+op"
                  + "|\\bkan\\s+(?:het\\s+kabinet\\s+|ik\\s+)?(?:\\w+\\s+){0,4}?niet\\s+(?:nader\\s+)?(?:op\\s+)?in(?:gaan|\\s+gaan)|\\bniet\\s+(?:nader\\s+)?ingaan\\s+op"
                  + "|\\bgeen\\s+(?:commentaar|oordeel)\\s+(?:geven|op|over)|\\b(?:loopt|loop|lopen)\\s+(?:\\w+\\s+){0,3}?niet\\s+vooruit"
                  + "|\\b(?:ga|gaat|gaan)\\s+(?:ik\\s+|het\\s+kabinet\\s+|wij\\s+)?niet\\s+(?:nader\\s+)?(?:op\\s+\\w+\\s+)?in\\b(?!\\s+(?:tegen|met|bij|de|het|een))|\\btreedt\\s+(?:het\\s+kabinet\\s+)?niet\\s+in|\\blaat\\s+zich\\s+niet\\s+uit|\\bbecommentarieer\\w*\\s+niet"),
              s -> s.contains("specul") || s.contains("vooruit") || s.contains("uitspraken") || s.contains("commentaar") || s.contains("oordeel")
                  // every other form says "niet" with a form of gaan, kan, treedt, laat or becommentarieer
                  || s.contains("niet") && (s.contains("ga") || s.contains("kan") || s.contains("treedt") || s.contains("laat") || s.contains("becommentarieer")),
              List.of("specul", "vooruit", "doe", "ga", "kan", "niet", "geen", "loop", "lope", "treedt", "laat", "becommentarieer")));

  /** "Zie het antwoord op vraag 25.", "Voor het antwoord op deze vraag verwijst het kabinet naar …". */
  private static final Pattern POINTER =
      Pattern.compile("(?i)^(?:zie|voor\\s+(?:het\\s+antwoord|de\\s+beantwoording|een\\s+(?:reactie|antwoord))|het\\s+kabinet\\s+verwijst|ik\\s+verwijs|hiervoor\\s+verwijs|graag\\s+verwijs|kortheidshalve|verwezen\\s+wordt|(?:voor\\s+)?(?:de\\s+)?beantwoording\\s+van\\s+deze\\s+vraag|deze\\s+vraag\\s+is\\s+(?:reeds\\s+)?beantwoord|(?:deze\\s+vraag\\s+)?(?:wordt|is)\\s+beantwoord\\s+(?:in|bij))"
          + "|\\bverwijs\\w*\\b.{0,80}\\b(?:antwoord|beantwoording|brief|vraag|reactie|kabinetsreactie|motie|kamerbrief|kamerstuk|notitie|verslag)|\\b(?:zie|zoals\\s+(?:gesteld|aangegeven|vermeld))\\s+(?:ook\\s+)?(?:in\\s+)?(?:het\\s+)?(?:antwoord|beantwoording)");

  private AnswerKinds() {}

  /**
   * "Het is nog niet bekend hoeveel …; op basis van de huidige cijfers verwacht het kabinet ongeveer 30.000": figures
   * after a premature or declining phrase mean the answer gives what it can, so the phrase does not decide.
   */
  private static boolean figuresFollow(AnswerKind kind, String sentence, int after) {
    return (kind == AnswerKind.PREMATURE || kind == AnswerKind.DECLINED) && FIGURE.matcher(sentence).region(after, sentence.length()).find();
  }

  /** A quantity: "30.000", "1.500", "450", "3,5 miljard", "20 procent"; not a year, an article number or a date. */
  private static final Pattern FIGURE = Pattern.compile(
      "(?<![\\d.,])(?:\\d{1,3}(?:\\.\\d{3})+|(?!(?:19|20)\\d\\d(?!\\d))\\d{3,}|\\d+(?:,\\d+)?\\s*(?:%|procent|miljoen|miljard|mln|mld))(?![\\d.,]\\d)");

  /** Whether every sentence is a {@link #POINTER}; the words checked first are those of which every form has one. */
  private static boolean allPoint(List<String> sentences, List<String> lowerSentences) {
    for (int i = 0; i < sentences.size(); i++) {
      String s = lowerSentences.get(i);
      boolean possible = s.contains("zie") || s.contains("antwoord") || s.contains("verwijs") || s.contains("kortheidshalve")
          || s.contains("verwezen") || s.contains("reactie");
      if (!possible || !POINTER.matcher(sentences.get(i)).find()) {
        return false;
      }
    }
    return true;
  }

  /** A signature or heading left at the end of an answer ("Ministerie van Defensie") is no sentence of it. */
  private static boolean isSentence(String s) {
    return s.length() >= 40 || !s.isEmpty() && ".!?:;)".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  static Kind of(Pair pair) {
    return of(pair, Sentences.of(pair.answer() == null ? "" : pair.answer().strip()));
  }

  /** The kind of the pair's answer, given the {@link Sentences} of its stripped text. */
  static Kind of(Pair pair, List<String> answerSentences) {
    String answer = pair.answer() == null ? "" : pair.answer().strip();
    List<String> sentences = answerSentences.stream().filter(AnswerKinds::isSentence).toList();
    boolean shortAnswer = sentences.size() <= SHORT_SENTENCES && answer.length() <= SHORT_CHARS;
    List<String> lowerSentences =
        shortAnswer || answer.length() <= 400 ? sentences.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList() : List.of();
    if (answer.length() <= 400 && !sentences.isEmpty() && allPoint(sentences, lowerSentences)) {
      return new Kind(AnswerKind.REFERRAL, sentences.getFirst());
    }
    if (shortAnswer) {
      String lower = answer.toLowerCase(java.util.Locale.ROOT);
      for (Cue cue : CUES) {
        if (!cue.in(lower)) {
          continue;
        }
        for (int i = 0; i < sentences.size(); i++) {
          String sentence = sentences.get(i);
          if (!cue.possible().test(lowerSentences.get(i))) {
            continue;
          }
          Matcher m = cue.find(sentence, lowerSentences.get(i));
          if (m != null && !figuresFollow(cue.kind(), sentence, m.end())) {
            return new Kind(cue.kind(), sentence);
          }
        }
      }
    }
    String unanswered = PartialAnswers.unaddressed(pair.question(), answer);
    if (unanswered != null) {
      return new Kind(AnswerKind.PARTIAL, unanswered);
    }
    return new Kind(AnswerKind.ANSWERED, null);
  }
}
