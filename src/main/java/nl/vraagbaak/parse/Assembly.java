package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vraagbaak.extract.Issue;
import nl.vraagbaak.extract.Line;
import nl.vraagbaak.repair.Footnote;

/** Turns drafts into the contract's pairs: joined text, ids, footnotes, cross-references and locations. */
final class Assembly {

  private Assembly() {}

  static ParseResult assemble(Document document, List<Draft> drafts, List<Footnote> footnotes, List<Issue> issues) {
    Map<String, Footnote> byMarker =
        footnotes.stream().collect(Collectors.toMap(Footnote::marker, Function.identity(), (a, b) -> a));
    List<Pair> pairs = new ArrayList<>();
    List<Unanswered> unanswered = new ArrayList<>();
    drafts = withoutClosing(drafts);
    for (Draft draft : drafts) {
      Set<String> markers = new LinkedHashSet<>();
      String question = withoutPageColumns(paragraphs(draft.question(), markers));
      Location location = location(draft);
      if (draft.answer().isEmpty()) {
        unanswered.add(new Unanswered(draft.asker(), question, location));
        continue;
      }
      String answer = paragraphs(draft.answer(), markers);
      int ordinal = pairs.size() + 1;
      List<String> notes = new ArrayList<>();
      for (String marker : markers) {
        Footnote note = byMarker.get(marker);
        if (note == null) {
          issues.add(Issue.warning("footnote " + marker + " referenced but not found", location.startLine()));
        } else {
          notes.add(note.text());
        }
      }
      pairs.add(
          new Pair(
              document.id() + "." + ordinal,
              ordinal,
              draft.numbers(),
              draft.label(),
              draft.asker(),
              topic(draft.topic()),
              question,
              answer,
              CrossReferences.in(answer),
              notes,
              location));
    }
    return new ParseResult(document, pairs, unanswered, issues);
  }

  /** "2. Personeel", "2.1 Personeel": a heading's section number before its capital. */
  private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+(?=\\p{Lu})");

  /** "? 5 6" ending a paragraph: the page columns ("Blz. (van) t/m") of a flattened list of questions. */
  private static final Pattern PAGE_COLUMNS = Pattern.compile("\\?[ \\t]+\\d{1,3}(?:[ \\t]+\\d{1,3})?(?=\\n|$)");

  /** The topic a heading names, without its section number: "2. Personeel" is about "Personeel". */
  static String topic(String heading) {
    return heading == null ? null : SECTION_NUMBER.matcher(heading).replaceFirst("");
  }

  static String withoutPageColumns(String question) {
    return mayHavePageColumns(question) ? PAGE_COLUMNS.matcher(question).replaceAll("?") : question;
  }

  /** Whether a question mark is followed by a space or tab and a digit: the cheap part of {@link #PAGE_COLUMNS}. */
  private static boolean mayHavePageColumns(String text) {
    for (int at = text.indexOf('?'); at >= 0; at = text.indexOf('?', at + 1)) {
      int i = at + 1;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i > at + 1 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** The last draft without the letter's closing and signature, which follow the last answer (or question). */
  private static List<Draft> withoutClosing(List<Draft> drafts) {
    if (drafts.isEmpty()) {
      return drafts;
    }
    Draft last = drafts.getLast();
    Draft cut = last.answer().isEmpty()
        ? new Draft(last.numbers(), last.label(), last.asker(), last.topic(), Closing.cut(last.question()), last.answer())
        : new Draft(last.numbers(), last.label(), last.asker(), last.topic(), last.question(), Closing.cut(last.answer()));
    List<Draft> out = new ArrayList<>(drafts.subList(0, drafts.size() - 1));
    out.add(cut);
    return out;
  }

  /** Joins lines into paragraphs separated by a blank line, collecting and removing footnote references. */
  static String paragraphs(List<Line> lines, Set<String> footnoteMarkers) {
    StringBuilder out = new StringBuilder();
    boolean paragraphBreak = false;
    for (Line line : lines) {
      String text = line.text().strip();
      if (text.isEmpty()) {
        paragraphBreak = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(paragraphBreak ? "\n\n" : " ");
      }
      paragraphBreak = false;
      out.append(text);
    }
    String joined = out.toString();
    int open = joined.indexOf(Footnote.REF_OPEN);
    if (open < 0) {
      return joined;
    }
    // each reference runs from its opening mark to the first closing mark after it
    StringBuilder clean = new StringBuilder(joined.length());
    int from = 0;
    for (int close = joined.indexOf(Footnote.REF_CLOSE, open + 1); open >= 0 && close >= 0; ) {
      footnoteMarkers.add(joined.substring(open + 1, close));
      clean.append(joined, from, open);
      from = close + 1;
      open = joined.indexOf(Footnote.REF_OPEN, from);
      close = open < 0 ? -1 : joined.indexOf(Footnote.REF_CLOSE, open + 1);
    }
    clean.append(joined, from, joined.length());
    return tidySpaces(clean).strip();
  }

  /**
   * Where a reference was taken out: spaces before a punctuation mark go, other runs of spaces become one space (as
   * {@code replaceAll(" +([.,;:])", "$1").replaceAll(" {2,}", " ")}, without the regular expressions).
   */
  private static String tidySpaces(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != ' ') {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < n && s.charAt(end) == ' ') {
        end++;
      }
      if (end == n || ".,;:".indexOf(s.charAt(end)) < 0) {
        out.append(' ');
      }
      i = end;
    }
    return out.toString();
  }

  private static Location location(Draft draft) {
    List<Line> all = new ArrayList<>(draft.question());
    all.addAll(draft.answer());
    int start = Integer.MAX_VALUE;
    int end = 0;
    int page = 0;
    for (Line line : all) {
      start = Math.min(start, line.sourceLine());
      end = Math.max(end, line.sourceLine());
      if (page == 0 && line.page() > 0) {
        page = line.page();
      }
    }
    if (all.isEmpty()) {
      start = 0;
    }
    return new Location(start, end, page == 0 ? null : page);
  }
}
