package nl.vraagbaak.enrich;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagbaak.parse.Document;

/**
 * Promises to the Kamer (toezeggingen) in an answer: sentences in which the government commits to a future action
 * towards the Kamer ("Ik informeer de Kamer uiterlijk eind maart", "zal er … aan uw Kamer worden gerapporteerd", "is het
 * kabinet bereid uw Kamer … te informeren"). A promise has a deadline where one is printed, else the condition it waits
 * for ("na vaststelling van …", "zodra …").
 */
final class Commitments {

  /** The Kamer as the one informed: "uw Kamer", "de Kamer", "de Tweede Kamer", and "u" in a letter to it. */
  private static final String KAMER = "(?:(?:uw|de|die|het)\\s+(?:Tweede\\s+)?Kamer|Tweede\\s+Kamer|\\bu\\b)";

  /** Ways of informing the Kamer. */
  private static final String INFORM =
      "(?:informeren|informeer|informeert|geïnformeerd|geinformeerd|rapporteren|rapporteer|rapporteert|gerapporteerd|"
          + "(?:toe)?(?:sturen|stuur|stuurt|zenden|zend|zendt)|toegestuurd|toegezonden|gezonden|verzonden|"
          + "brief|brieven|briefing|rapportage|voortgangsrapportage|kabinetsreactie|reactie|appreciatie|"
          + "terugkomen|terugkom|op\\s+terug|kom\\w*\\s+(?:\\S+\\s+){0,10}?(?:op\\s+)?terug|(?:op\\s+de\\s+)?hoogte\\s+(?:houden|stellen|brengen)|"
          + "ontvangt|ontvangen|informatievoorziening|op\\s+de\\s+hoogte|toekomen|toegaan|voorleggen|voorgelegd|aanbieden|aangeboden|berichten|bericht|delen|gedeeld|"
          + "uiteenzetten|toelichten|toelichting)";

  /** A future act: "zal", "zullen", "te zullen", "gaat … informeren", an offer ("bereid", "aanbieden"), "wordt … verwacht". */
  private static final Pattern FUTURE =
      Pattern.compile("(?i)\\b(?:zal|zullen|zult|gaat\\s+(?:\\w+\\s+){0,4}?(?:informeren|sturen|rapporteren)|bereid|aanbieden|toezeggen|zeg\\s+(?:\\w+\\s+){0,3}?toe|(?:houd|houdt|houden)\\s+(?:\\w+\\s+){0,4}?op\\s+de\\s+hoogte|kom\\w*\\s+(?:\\S+\\s+){0,10}?(?:op\\s+)?terug"
          + "|streef|streeft|streven|verwacht|verwachten|voornemens|beoog|beoogt)\\b");

  /** Kamer and an act of informing it, in either order, within one sentence. */
  static final Pattern TOWARDS_KAMER =
      Pattern.compile("(?i)" + KAMER + ".{0,160}?\\b" + INFORM + "\\b|\\b" + INFORM + "\\b.{0,160}?" + KAMER);

  /** Told in the past, or a general habit: no promise. */
  private static final Pattern PAST =
      Pattern.compile("(?i)\\b(?:is|zijn|werd|werden|heeft|hebben)\\s+(?:\\w+\\s+){0,8}?(?:geïnformeerd|geinformeerd|gerapporteerd|toegestuurd|toegezonden|gezonden|gestuurd|verstuurd|gedeeld|verzonden|toegekomen|ontvangen)\\b|\\btoekwam\\b|\\bjl\\.|\\bonlangs\\b|\\b(?:zoals|eerder)\\s+(?:gemeld|aangegeven|gedeeld)\\b");

  /** A present-tense act ("Ik informeer de Kamer …", "Uw Kamer ontvangt …") is a promise when it is placed in time. */
  private static final Pattern PRESENT_ACT =
      Pattern.compile("(?i)\\b(?:informeer|informeert|stuur|stuurt|zend|zendt|rapporteer|rapporteert|ontvangt|wordt|worden|kom|komt|volgt)\\b");

  /** Where a condition's words stop: at the act it conditions ("… zal", "aan uw Kamer …") or at the clause's end. */
  private static final String UNTIL = "[^,.;]*?(?=\\s+(?:aan|zal|zullen|wordt|worden|informe\\w*|rapporte\\w*|(?:toe)?stur\\w*|(?:toe)?zend\\w*|ontvang\\w*|de\\s+Kamer|uw\\s+Kamer|u)\\b|[,.;]|$)";

  private static final Pattern CONDITION =
      Pattern.compile("(?i)\\b(?:(?:na|zodra\\s+er|nadat)\\s+(?:de\\s+|het\\s+|een\\s+)?(?:vaststell\\w*|afronding|ratificatie|publicatie|ontvangst|besluitvorming|afloop|totstandkoming|goedkeuring|instemming|verschijning|oplevering|voltooiing|uitkomst\\w*|evaluatie|bespreking|behandeling|inwerkingtreding)\\b" + UNTIL
          + "|(?:zodra|wanneer|nadat|op\\s+het\\s+moment\\s+dat|indien|als)\\s+" + UNTIL + ")");

  private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:niet|geen)\\s+(?:\\w+\\s+){0,3}?(?:informeren|sturen|delen|rapporteren)\\b|\\bniet\\s+bereid\\b");

  private Commitments() {}

  static List<Commitment> in(String answer, Document document) {
    return in(answer, answer == null ? List.of() : Sentences.of(answer), document);
  }

  /** The promises of an answer, given its {@link Sentences}. */
  static List<Commitment> in(String answer, List<String> sentences, Document document) {
    LocalDate letter = date(document.date());
    List<Commitment> found = new ArrayList<>();
    if (answer == null || !mentionsKamer(answer)) {
      return found;
    }
    for (String sentence : sentences) {
      commitment(sentence, letter, document.responder()).ifPresent(found::add);
    }
    return found;
  }

  /** The promise one sentence makes, if it makes one. */
  static Optional<Commitment> commitment(String sentence, LocalDate letter, String responder) {
    // Each pattern below is tried only after an exact first check on the lower-cased sentence (words without which it
    // cannot match): a regular expression tried at every position of every sentence is what made this slow.
    if (!mentionsKamer(sentence)) {
      return Optional.empty();
    }
    String lower = sentence.toLowerCase(java.util.Locale.ROOT);
    if (!mayInform(lower) || !towardsKamer(sentence, lower) || past(sentence, lower) || negated(sentence, lower)) {
      return Optional.empty();
    }
    Optional<LocalDate> deadline = Deadlines.in(sentence, letter);
    String condition = deadline.isPresent() ? null : condition(sentence);
    boolean future = anyOf(lower, FUTURE_WORDS) && FUTURE.matcher(sentence).find();
    if (!future && !(anyOf(lower, PRESENT_ACT_WORDS) && PRESENT_ACT.matcher(sentence).find()
        && (deadline.isPresent() || condition != null || timed(sentence, lower)))) {
      return Optional.empty();
    }
    return Optional.of(new Commitment(sentence, promiser(sentence).orElse(responder), deadline.map(LocalDate::toString).orElse(null), condition));
  }

  /** Stems of the ways of informing the Kamer, as a cheap first check before {@link #TOWARDS_KAMER}. */
  private static final List<String> INFORM_STEMS =
      List.of("nform", "apport", "stuur", "sturen", "zend", "zond", "brief", "terug", "hoogte", "ontvang", "toekom", "toega",
          "voorleg", "voorgeleg", "aanbied", "aangebod", "bericht", "delen", "gedeeld", "uiteenzet", "toelicht", "reactie", "appreciatie");

  private static boolean mayInform(String lower) {
    return anyOf(lower, INFORM_STEMS);
  }

  private static boolean anyOf(String lower, List<String> words) {
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Words of which {@link #FUTURE} needs one. */
  private static final List<String> FUTURE_WORDS =
      List.of("zal", "zul", "gaat", "bereid", "aanbieden", "toezeggen", "zeg", "houd", "kom", "streef", "streven", "verwacht", "voornemens", "beoog");

  /** Words of which {@link #PRESENT_ACT} needs one. */
  private static final List<String> PRESENT_ACT_WORDS = List.of("informeer", "stuur", "zend", "rapporteer", "ontvangt", "word", "kom", "volgt");

  /** Words of which {@link #PAST} needs one. */
  private static final List<String> PAST_WORDS =
      List.of("nformeerd", "rapporteerd", "stuurd", "zonden", "gedeeld", "toegekomen", "ontvangen", "toekwam", "jl.", "onlangs", "gemeld", "aangegeven");

  private static final List<String> NEGATED_ACTS = List.of("informeren", "sturen", "delen", "rapporteren", "bereid");

  /** Words of which {@link #TIMED} needs one. */
  private static final List<String> TIMED_WORDS =
      List.of("uiterlijk", "binnenkort", "spoedig", "snel", "korte", "komende", "eind", "tijd", "nader", "nog");

  private static boolean past(String sentence, String lower) {
    return anyOf(lower, PAST_WORDS) && PAST.matcher(sentence).find();
  }

  private static boolean negated(String sentence, String lower) {
    return (lower.contains("niet") || lower.contains("geen")) && anyOf(lower, NEGATED_ACTS) && NEGATED.matcher(sentence).find();
  }

  /**
   * Where {@link #TOWARDS_KAMER} can start a match: "Kamer" or up to "die Tweede " before it (at a u, d, h or t), at a
   * "u" standing alone, at the start of a word up to eleven chars before the stem of a way of informing ("voortgangs"
   * before "rapportage", "op de " before "hoogte"), and at "kom" ("kom ik … op terug"). The offsets hold for text
   * whose white space is single spaces, as a sentence's is.
   */
  private static final List<String> INFORM_STARTS =
      List.of("nform", "apport", "stu", "zend", "zond", "brie", "reactie", "appreciatie", "terug", "hoogte", "ontvang", "toekom",
          "toega", "voorleg", "voorgeleg", "aanbied", "aangebod", "bericht", "delen", "gedeeld", "uiteenzet", "toelicht");

  private static final int BEFORE_STEM = 11;

  /** {@code TOWARDS_KAMER.matcher(sentence).find()}, tried only at the positions where a match can start. */
  static boolean towardsKamer(String sentence, String lower) {
    if (lower.length() != sentence.length() || !Words.singleSpaced(sentence).equals(sentence)) {
      return TOWARDS_KAMER.matcher(sentence).find();
    }
    Matcher m = TOWARDS_KAMER.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
    boolean[] tried = new boolean[sentence.length()];
    for (int k = lower.indexOf("kamer"); k >= 0; k = lower.indexOf("kamer", k + 1)) {
      for (int p = Math.max(0, k - BEFORE_STEM); p <= k; p++) {
        char c = lower.charAt(p);
        if ((c == 'u' || c == 'd' || c == 'h' || c == 't') && startsAt(m, p, tried)) {
          return true;
        }
      }
    }
    for (int u = lower.indexOf('u'); u >= 0; u = lower.indexOf('u', u + 1)) {
      if (wordStart(sentence, u) && (u + 1 == sentence.length() || !asciiWord(sentence.charAt(u + 1))) && startsAt(m, u, tried)) {
        return true;
      }
    }
    for (String stem : INFORM_STARTS) {
      for (int t = lower.indexOf(stem); t >= 0; t = lower.indexOf(stem, t + 1)) {
        for (int p = Math.max(0, t - BEFORE_STEM); p <= t; p++) {
          if (wordStart(sentence, p) && startsAt(m, p, tried)) {
            return true;
          }
        }
      }
    }
    for (int k = lower.indexOf("kom"); k >= 0; k = lower.indexOf("kom", k + 1)) {
      if (wordStart(sentence, k) && startsAt(m, k, tried)) {
        return true;
      }
    }
    return false;
  }

  /** Whether \b can hold before the (word) char at p, whether \b reads ASCII or Unicode word chars. */
  private static boolean wordStart(String text, int p) {
    return p == 0 || !asciiWord(text.charAt(p - 1));
  }

  private static boolean asciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** Whether a match starts at p, unless p was tried before. */
  private static boolean startsAt(Matcher m, int p, boolean[] tried) {
    if (tried[p]) {
      return false;
    }
    tried[p] = true;
    return m.region(p, tried.length).lookingAt();
  }

  /**
   * A member of the government the sentence names as the one who acts ("De minister van Defensie zal de Kamer
   * informeren", "heeft de minister-president aangegeven … te zullen sturen"), else the document's responder.
   */
  private static final Pattern PROMISER = Pattern.compile(
      "\\b[Dd]e\\s+(minister-president|(?:minister|staatssecretaris)\\s+(?:van|voor)\\s+\\p{Lu}[\\p{L}-]*(?:,?\\s+(?:en\\s+)?\\p{Lu}[\\p{L}-]*)*)"
          + "(?=\\s+(?:zal|zullen|informeert|stuurt|zendt|komt|rapporteert|heeft|is\\s+bereid|verwacht|streeft|aangegeven|toegezegd|beloofd|laten\\s+weten)\\b)");

  static Optional<String> promiser(String sentence) {
    if (!sentence.contains("minister") && !sentence.contains("staatssecretaris")) {
      return Optional.empty();
    }
    Matcher m = PROMISER.matcher(sentence);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** A cheap first check: "Kamer", or "u" as a word (a letter to the Kamer says "u"). */
  static boolean mentionsKamer(String text) {
    if (text.contains("amer")) {
      return true;
    }
    for (int i = text.indexOf('u'); i >= 0; i = text.indexOf('u', i + 1)) {
      if (standalone(text, i)) {
        return true;
      }
    }
    return text.startsWith("U ");
  }

  private static boolean standalone(String text, int at) {
    return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
        && (at + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 1)));
  }

  /** "uiterlijk", "voor", "binnenkort", "zo spoedig mogelijk": the present tense speaks of the future. */
  private static boolean timed(String sentence, String lower) {
    return anyOf(lower, TIMED_WORDS) && TIMED.matcher(sentence).find();
  }

  private static final Pattern TIMED =
      Pattern.compile("(?i)\\b(?:uiterlijk|binnenkort|spoedig|zo\\s+snel\\s+mogelijk|op\\s+korte\\s+termijn|de\\s+komende\\s+(?:tijd|periode|weken|maanden)|voor\\s+eind|voor\\s+het\\s+einde|tegen\\s+die\\s+tijd|te\\s+zijner\\s+tijd|nader|nog)\\b");

  private static String condition(String sentence) {
    Matcher m = CONDITION.matcher(sentence);
    return m.find() ? m.group().strip() : null;
  }

  private static LocalDate date(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
