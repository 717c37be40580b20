package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;

/**
 * A verslag van een schriftelijk overleg printed in two parts: part I holds every faction's questions ("I Vragen en
 * opmerkingen vanuit de fracties", a header per faction), part II the replies, faction by faction ("II Reactie van de
 * bewindspersoon", "Reactie op de vragen en opmerkingen van de leden van de VVD-fractie"), each reply after a short
 * repeat of its question ("De leden van de VVD-fractie vragen of …"). A pair is the question as part I prints it with
 * the reply that part II gives it: the n-th question of a faction with the n-th reply to that faction. The repeat
 * only says which question is answered; where the counts differ, the repeat stands in for the question.
 */
final class RepliedPartsLayout implements Layout {

  /** "II Reactie van de bewindspersoon", "II. Antwoorden van de minister", "II Beantwoording door het kabinet". */
  private static final Pattern REPLY_PART =
      Pattern.compile("(?i)^\\s*II\\.?\\s+(?:reactie|antwoord(?:en)?|beantwoording)\\s+(?:van|door)\\s+(?:de|het)\\s+"
          + "(?:bewindspersoon|bewindspersonen|minister|ministers|staatssecretaris|kabinet|regering)\\b[^.?!]{0,60}$");

  /** Words with which the members ask: "vragen of", "vraagt hoe", "verzoeken de minister", "willen weten". */
  private static final Pattern ASKS =
      Pattern.compile("(?i)\\b(?:vragen|vraagt|verzoeken|verzoekt)\\s+(?:de|het|of|hoe|hoeveel|wat|welk|welke|waarom|wanneer|waar|wie|in|naar|om|aan|zij|deze|u|voorts|daarnaast|tevens|verder|ook)\\b|\\bwillen\\s+(?:graag\\s+)?weten\\b");

  /** A faction's questions or replies: its asker and paragraphs, with the topic heading above each paragraph. */
  private record Part(Asker asker, List<Paragraph> paragraphs, List<String> topics) {}

  /** A reply of part II: the members' repeat of the question and the government's paragraphs after it. */
  private record Reply(List<Paragraph> repeat, List<Paragraph> answer) {}

  @Override
  public String name() {
    return "vragen-dan-reactie";
  }

  @Override
  public double score(Text text) {
    List<Line> lines = text.lines();
    int part = replyPart(lines);
    if (part < 0) {
      return 0;
    }
    int asked = questions(lines.subList(0, part)).size();
    int replied = replies(lines.subList(part + 1, lines.size())).size();
    // both parts must be cut by faction, or the reply part is one answer to a letter that other layouts read
    return asked == 0 || replied == 0 ? 0 : 10.0 + replied / 100.0;
  }

  /** Whether the text has a part of replies after the questions that replies to a faction. */
  static boolean hasReplies(List<Line> lines) {
    int part = replyPart(lines);
    return part >= 0 && !replies(lines.subList(part + 1, lines.size())).isEmpty();
  }

  /** The index of the line that opens the reply part, or -1. A table of contents' entry ends in its page number. */
  static int replyPart(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (text.length() < 100 && Texts.startsWithAnyIgnoreCase(text, "ii") && REPLY_PART.matcher(text).matches()
          && !Character.isDigit(text.strip().charAt(text.strip().length() - 1))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Parsed parse(Text text) {
    List<Line> lines = text.lines();
    int part = replyPart(lines);
    Map<String, Part> questions = questions(lines.subList(0, part));
    Map<String, Part> replies = replies(lines.subList(part + 1, lines.size()));
    List<Draft> drafts = new ArrayList<>();
    for (Part asked : questions.values()) {
      Part replied = replies.get(key(asked.asker()));
      List<Reply> answers = replied == null ? List.of() : turns(replied.paragraphs());
      List<List<Paragraph>> units = units(asked.paragraphs());
      List<String> topics = unitTopics(asked);
      boolean matched = units.size() == answers.size();
      for (int u = 0; u < units.size(); u++) {
        List<Paragraph> answer = u < answers.size() && matched ? answers.get(u).answer() : List.of();
        drafts.add(new Draft(List.of(), null, asked.asker(), topics.get(u), lines(units.get(u)), lines(answer)));
      }
      if (!matched) { // the counts differ: the repeats stand in for the questions they answer
        for (Reply reply : answers) {
          drafts.add(new Draft(List.of(), null, asked.asker(), null, lines(reply.repeat()), lines(reply.answer())));
        }
      }
    }
    return new Parsed(drafts, List.<Issue>of());
  }

  private static String key(Asker asker) {
    return asker.party() == null ? "" : asker.party();
  }

  /** Part I: each faction's paragraphs under its header, in the order the factions come. */
  private static Map<String, Part> questions(List<Line> lines) {
    Map<String, Part> parts = new LinkedHashMap<>();
    Part open = null;
    String topic = null;
    for (CommitteeRoundLayout.Item item : CommitteeRoundLayout.mergeBrokenParagraphs(CommitteeRoundLayout.items(lines))) {
      switch (item) {
        case CommitteeRoundLayout.Faction f -> {
          open = f.asker().party() == null ? null : parts.computeIfAbsent(f.asker().party(), k -> new Part(f.asker(), new ArrayList<>(), new ArrayList<>()));
          topic = null;
        }
        case CommitteeRoundLayout.Heading h -> topic = h.section() ? null : h.text().strip();
        case CommitteeRoundLayout.Marker m -> open = null;
        case CommitteeRoundLayout.Para p -> {
          if (open != null) {
            open.paragraphs().add(p.paragraph());
            open.topics().add(topic);
          }
        }
      }
    }
    parts.values().removeIf(p -> p.paragraphs().isEmpty());
    return parts;
  }

  /** Part II: each faction's paragraphs under the line that names it ("Reactie op de vragen … van de VVD-fractie"). */
  private static Map<String, Part> replies(List<Line> lines) {
    Map<String, Part> parts = new LinkedHashMap<>();
    Part open = null;
    for (CommitteeRoundLayout.Item item : CommitteeRoundLayout.mergeBrokenParagraphs(CommitteeRoundLayout.items(lines))) {
      Asker faction = switch (item) {
        case CommitteeRoundLayout.Faction f -> f.asker();
        case CommitteeRoundLayout.Heading h -> factionLine(h.text());
        case CommitteeRoundLayout.Para p -> p.paragraph().lines().size() == 1 ? factionLine(p.paragraph().text()) : null;
        case CommitteeRoundLayout.Marker m -> null;
      };
      if (faction != null) {
        open = parts.computeIfAbsent(faction.party(), k -> new Part(faction, new ArrayList<>(), new ArrayList<>()));
      } else if (item instanceof CommitteeRoundLayout.Para p) {
        Asker named = repeatNaming(p.paragraph().text());
        if (named != null && (open == null || !named.party().equals(open.asker().party()))) {
          // without a line per faction, a repeat that names its faction opens that faction's replies
          open = parts.computeIfAbsent(named.party(), k -> new Part(named, new ArrayList<>(), new ArrayList<>()));
        }
        if (open != null) {
          open.paragraphs().add(p.paragraph());
          open.topics().add(null);
        }
      }
    }
    parts.values().removeIf(p -> turns(p.paragraphs()).isEmpty());
    return parts;
  }

  /** The faction a repeat names in its first sentence ("De leden van de PVV-fractie vragen …"), or null. */
  private static Asker repeatNaming(String text) {
    if (!Speaker.opensMembersText(text)) {
      return null;
    }
    int end = text.indexOf(". ");
    String party = Askers.partyInText(end < 0 ? text : text.substring(0, end));
    return party == null ? null : new Asker(party, List.of(), null);
  }

  /** A line naming a faction and no more: no sentence mark at its end, "fractie" and a known party in it. */
  private static Asker factionLine(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > 120 || ".?!:;".indexOf(text.charAt(text.length() - 1)) >= 0
        || !Texts.containsIgnoreCase(text, "fractie")) {
      return null;
    }
    String party = Askers.partyInText(text);
    return party == null ? null : new Asker(party, List.of(), null);
  }

  /** The replies of one faction: a run of the members' paragraphs (the repeat) and the government's after it. */
  private static List<Reply> turns(List<Paragraph> paragraphs) {
    List<Reply> turns = new ArrayList<>();
    Reply open = null;
    for (Paragraph p : paragraphs) {
      boolean members = Speaker.opensMembersText(p.text()) || Speaker.score(p.text()) > 0;
      if (members && (open == null || !open.answer().isEmpty())) {
        open = new Reply(new ArrayList<>(), new ArrayList<>());
        turns.add(open);
      }
      if (open == null) {
        continue; // the government's words before any repeat: an introduction to the replies
      }
      (members && open.answer().isEmpty() ? open.repeat() : open.answer()).add(p);
    }
    turns.removeIf(t -> t.answer().isEmpty());
    return turns;
  }

  /**
   * A faction's paragraphs as questions: paragraphs that ask nothing (a preamble, an introduction) belong to the
   * question after them; one that asks ends a question.
   */
  private static List<List<Paragraph>> units(List<Paragraph> paragraphs) {
    List<List<Paragraph>> units = new ArrayList<>();
    List<Paragraph> open = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      open.add(p);
      if (asks(p.text())) {
        units.add(open);
        open = new ArrayList<>();
      }
    }
    if (!open.isEmpty()) {
      if (units.isEmpty()) {
        units.add(open);
      } else {
        units.getLast().addAll(open); // a closing remark after the last question
      }
    }
    return units;
  }

  /** The topic heading above each question's first paragraph. */
  private static List<String> unitTopics(Part part) {
    List<String> topics = new ArrayList<>();
    int at = 0;
    for (List<Paragraph> unit : units(part.paragraphs())) {
      topics.add(part.topics().get(at));
      at += unit.size();
    }
    return topics;
  }

  private static boolean asks(String text) {
    return text.indexOf('?') >= 0 || ASKS.matcher(text).find();
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
