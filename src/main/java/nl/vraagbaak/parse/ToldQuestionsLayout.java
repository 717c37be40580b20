package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;

/**
 * Questions told in running text, each followed by the government's reply without any label: a nota naar aanleiding
 * van het verslag ("De leden van de VVD-fractie vragen …" and the answer in the next paragraphs) and a letter answering
 * what was left of a debate, by theme ("Het lid Van der Plas (BBB) vroeg …"). A paragraph opening a question names
 * who asks; the paragraphs after it are the members' while they read as the members' ({@link Speaker}), then the
 * government's up to the next such opening, heading or faction header.
 *
 * <p>It reads only texts without labels or answer markers, which the other layouts read.
 */
final class ToldQuestionsLayout implements Layout {

  /** "Deze leden vragen …", "De leden vragen voorts …": the same members ask again after an answer. */
  private static final Pattern SAME_MEMBERS =
      Pattern.compile("^(?:Deze|De)\\s+(?:leden|fractieleden)\\s+(?:\\p{Ll}+\\s+){0,3}?(?:vragen|willen|lezen|constateren|merken|zijn|hebben)\\b");

  /** A question as told, who told it, under which heading, and the paragraphs that reply (none yet: empty). */
  private record Turn(Asker asker, String topic, List<Paragraph> question, List<Paragraph> answer) {}

  @Override
  public String name() {
    return "vraag-in-lopende-tekst";
  }

  @Override
  public double score(Text text) {
    for (Line line : text.lines()) {
      if (labelOrMarker(line.text())) {
        return 0;
      }
    }
    List<Turn> turns = turns(text.lines());
    long answered = turns.stream().filter(t -> !t.answer().isEmpty()).count();
    // most told questions must have their reply, or this is the members' inbreng with a stray statement in it
    if (answered < 2 || answered * 4 < turns.size() * 3) {
      return 0;
    }
    return 2.0 + answered / 100.0;
  }

  private static boolean labelOrMarker(String line) {
    QaLabels.Label label = QaLabels.of(line);
    if (label != null && label.kind() != QaLabels.Kind.NOTICE) {
      return true;
    }
    return CommitteeRoundLayout.isMarkerLine(line);
  }

  @Override
  public Parsed parse(Text text) {
    List<Draft> drafts = new ArrayList<>();
    for (Turn turn : turns(text.lines())) {
      drafts.add(new Draft(List.of(), null, turn.asker(), turn.topic(), lines(turn.question()), lines(turn.answer())));
    }
    return new Parsed(drafts, List.<Issue>of());
  }

  private static List<Turn> turns(List<Line> lines) {
    List<Turn> turns = new ArrayList<>();
    Asker faction = null;
    String topic = null;
    Turn open = null;
    for (CommitteeRoundLayout.Item item : CommitteeRoundLayout.mergeBrokenParagraphs(CommitteeRoundLayout.items(lines))) {
      switch (item) {
        case CommitteeRoundLayout.Faction f -> {
          open = null;
          faction = f.asker();
          topic = null;
        }
        case CommitteeRoundLayout.Heading h -> {
          open = null;
          topic = h.section() ? null : h.text().strip();
        }
        case CommitteeRoundLayout.Marker m -> open = null;
        case CommitteeRoundLayout.Para p -> {
          String said = p.paragraph().text();
          Asker asks = opening(said, open == null ? faction : open.asker(), open != null && !open.answer().isEmpty());
          if (asks != null && (open == null || !open.answer().isEmpty() || !open.asker().equals(asks))) {
            open = new Turn(asks, topic, new ArrayList<>(), new ArrayList<>());
            open.question().add(p.paragraph());
            turns.add(open);
          } else if (open != null) {
            boolean members = open.answer().isEmpty() && (asks != null || Speaker.read(said).score() > 0);
            (members ? open.question() : open.answer()).add(p.paragraph());
          }
        }
      }
    }
    return turns;
  }

  /**
   * Who asks in a paragraph that opens a told question: a member or members named with their party ("Het lid X
   * (PARTY) vroeg …"), a faction ("De leden van de X-fractie vragen …"), or, after a reply, the same members again
   * ("Deze leden vragen voorts …"); else null.
   */
  private static Asker opening(String said, Asker current, boolean replied) {
    Asker member = AskerHeaders.opener(said);
    if (member != null) {
      return member;
    }
    if (!Speaker.opensMembersText(said) || said.isEmpty() || "DdHh".indexOf(said.charAt(0)) < 0) {
      return null;
    }
    String party = Askers.partyInText(firstSentence(said));
    if (party != null) {
      return current != null && party.equals(current.party()) ? current : new Asker(party, List.of(), null);
    }
    return replied && current != null && SAME_MEMBERS.matcher(said).lookingAt() ? current : null;
  }

  private static String firstSentence(String text) {
    int end = text.length();
    for (char mark : new char[] {'.', '?', '!'}) {
      int at = text.indexOf(mark);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return text.substring(0, end);
  }

  private static List<Line> lines(List<Paragraph> paragraphs) {
    List<Line> out = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (!out.isEmpty()) {
        out.add(p.first().withText(""));
      }
      out.addAll(p.lines());
    }
    return out;
  }
}
