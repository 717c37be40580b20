package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;

/**
 * The members' inbreng before any answer exists (for a schriftelijk overleg, or the verslag on a bill): faction headers
 * or paragraphs opening with "De leden van de X-fractie", topic headings, and questions only. Every question becomes a
 * draft without an answer, so it is reported under "unanswered". A question keeps the paragraphs that lead up to it
 * ("De leden lezen dat …"); a faction's preamble that asks nothing ("hebben kennisgenomen van … en hebben nog enkele
 * vragen") is left out.
 *
 * <p>It only reads texts in which nothing answers: no "Antwoord" label, no "Antwoord van het kabinet".
 */
final class InbrengLayout implements Layout {

  private static final Pattern ASKING =
      Pattern.compile(
          "(?i)\\?|\\b(?:vragen|vraagt|verzoeken|verzoekt|willen\\s+(?:graag\\s+)?weten|vernemen\\s+graag|ontvangen\\s+graag|horen\\s+graag"
              + "|roepen\\b.*\\bop\\b|graag\\s+een\\s+(?:reactie|toelichting|overzicht))");

  /** "hebben kennisgenomen van …", "danken de regering voor …", "hebben (nog) enkele vragen": a faction's opening. */
  private static final Pattern PREAMBLE =
      Pattern.compile(
          "(?i)\\b(?:hebben\\s+(?:met\\s+\\p{L}+\\s+)?kennis\\s*genomen|danken\\s+de\\s+(?:regering|minister|staatssecretaris)|"
              + "hebben\\s+(?:nog\\s+)?(?:enkele|een\\s+aantal|geen|de\\s+volgende)\\s+(?:vragen|opmerkingen))");

  /** Where answering starts: labels, "Antwoord van het kabinet", "Reactie van de minister" as a section. */
  private static final Pattern ANSWERING =
      Pattern.compile("(?i)^\\s*(?:\\d{1,3}\\s*[.)]?\\s*)?(?:antwoord(?:en)?\\b|reactie\\s+van\\s+(?:het|de)\\s+\\p{L}+\\s*:).*");

  private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(?=\\p{Lu})");

  @Override
  public String name() {
    return "inbreng";
  }

  @Override
  public double score(Text text) {
    if (declaresReply(text) || RepliedPartsLayout.hasReplies(text.lines())) {
      return 0; // a reply to the inbreng, or a part of replies after it
    }
    for (Line line : text.lines()) {
      if (answers(line.text())) {
        return 0;
      }
    }
    long asked = parse(text).drafts().size();
    if (asked == 0) {
      return 0;
    }
    boolean headers = CommitteeRoundLayout.items(text.lines()).stream().anyMatch(i -> i instanceof CommitteeRoundLayout.Faction);
    if (!headers && !declaresInbreng(text)) {
      return 0; // a letter that mentions "de leden van de X-fractie" is no inbreng
    }
    // a text that calls itself inbreng and holds no answer is read as one even when its questions are numbered
    return declaresInbreng(text) ? 1000 + asked : 1 + Math.min(0.9, asked / 1000.0);
  }

  private static boolean answers(String line) {
    if (line.length() > 200 || !(Texts.containsIgnoreCase(line, "antwoord") || Texts.containsIgnoreCase(line, "reactie"))) {
      return false;
    }
    return QaLabels.of(line) != null || ANSWERING.matcher(line).matches() || CommitteeRoundLayout.isMarkerLine(line);
  }

  /** A nota naar aanleiding van het verslag (or a memorie van antwoord) is the government's reply to the inbreng. */
  private static boolean declaresReply(Text text) {
    int seen = 0;
    for (Line line : text.lines()) {
      if (seen++ > 60) {
        return false;
      }
      String lower = Texts.collapseSpaces(line.text()).toLowerCase(Locale.ROOT);
      if (lower.contains("nota naar aanleiding van het verslag") || lower.contains("memorie van antwoord")) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresInbreng(Text text) {
    int seen = 0;
    for (Line line : text.lines()) {
      if (seen++ > 60) {
        return false;
      }
      String lower = line.text().toLowerCase(Locale.ROOT);
      if (lower.contains("inbreng") || lower.contains("verslag")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Parsed parse(Text text) {
    List<CommitteeRoundLayout.Item> items = CommitteeRoundLayout.mergeBrokenParagraphs(CommitteeRoundLayout.items(text.lines()));
    boolean headers = items.stream().anyMatch(i -> i instanceof CommitteeRoundLayout.Faction);
    List<Draft> drafts = new ArrayList<>();
    Asker asker = null;
    String topic = null;
    List<Line> pending = new ArrayList<>();
    boolean opening = false;
    for (CommitteeRoundLayout.Item item : items) {
      switch (item) {
        case CommitteeRoundLayout.Faction f -> {
          flush(pending, asker, topic, drafts);
          asker = f.asker();
          topic = null;
          opening = true;
        }
        case CommitteeRoundLayout.Heading h -> {
          flush(pending, asker, topic, drafts);
          if (h.section()) {
            topic = null;
            if (headers && !Texts.containsIgnoreCase(h.text(), "vragen")) {
              asker = null; // "II Reactie van de minister": the members' part is over
            }
          } else {
            topic = h.text().strip();
          }
        }
        case CommitteeRoundLayout.Marker m -> flush(pending, asker, topic, drafts);
        case CommitteeRoundLayout.Para p -> {
          String said = p.paragraph().text();
          if (!headers) {
            String party = Askers.partyInText(said);
            if (party != null && (asker == null || !party.equals(asker.party()))) {
              flush(pending, asker, topic, drafts);
              asker = new Asker(party, List.of(), null);
              opening = true;
            }
          }
          if (asker == null) {
            continue;
          }
          if (opening && PREAMBLE.matcher(said).find() && !said.contains("?")) {
            opening = false;
            continue;
          }
          opening = false;
          if (!pending.isEmpty()) {
            pending.add(p.paragraph().first().withText(""));
          }
          pending.addAll(p.paragraph().lines());
          if (ASKING.matcher(said).find()) {
            flush(pending, asker, topic, drafts);
          }
        }
      }
    }
    flush(pending, asker, topic, drafts);
    return new Parsed(drafts, List.<Issue>of());
  }

  private static void flush(List<Line> pending, Asker asker, String topic, List<Draft> drafts) {
    if (!pending.isEmpty() && asker != null) {
      List<Line> question = new ArrayList<>(pending);
      Matcher number = ITEM_NUMBER.matcher(question.getFirst().text());
      List<Integer> numbers = List.of();
      if (number.lookingAt()) {
        // "1. De leden lezen …": the item's number is no part of the question's text
        numbers = List.of(Integer.valueOf(number.group(1)));
        question.set(0, question.getFirst().withText(question.getFirst().text().substring(number.end())));
      }
      drafts.add(new Draft(numbers, null, asker, topic, question, List.of()));
    }
    pending.clear();
  }
}
