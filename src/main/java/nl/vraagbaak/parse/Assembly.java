package nl.vraagbaak.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    for (Draft draft : drafts) {
      Set<String> markers = new LinkedHashSet<>();
      String question = paragraphs(draft.question(), markers);
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
              draft.topic(),
              question,
              answer,
              CrossReferences.in(answer),
              notes,
              location));
    }
    return new ParseResult(document, pairs, unanswered, issues);
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
