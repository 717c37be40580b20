package nl.vraagbaak.repair;

import java.util.ArrayList;
import java.util.List;
import nl.vraagbaak.extract.Line;

/**
 * Undoes the markers that document converters leave in text: "[image: …]" and "[bookmark: …]" go, as do lines that
 * are only an image's file name; "[footnoteRef:5]" becomes the in-text {@link Footnote#reference reference}; and the
 * footnote's own text "[5: Kamerstuk …]", on the same line or later ones, leaves the flow for the footnote list.
 */
final class ConversionMarkers implements RepairStep {

  /** A footnote text that does not close within this many lines is ordinary text with a bracket, not a marker. */
  private static final int MAX_FOOTNOTE_LINES = 20;

  @Override
  public Repaired apply(Repaired text) {
    List<Line> in = text.lines();
    List<Line> out = new ArrayList<>(in.size());
    List<Footnote> footnotes = new ArrayList<>(text.footnotes());
    String rest = null;
    for (int i = 0; i < in.size(); i++) {
      Line line = in.get(i);
      String s = rest != null ? rest : line.text();
      boolean continued = rest != null;
      rest = null;
      if (s.indexOf('[') < 0) {
        if (isImageFileName(s)) {
          out.add(line.withText(""));
        } else if (!continued || !s.isBlank()) {
          out.add(s.equals(line.text()) ? line : line.withText(s));
        }
        continue;
      }
      StringBuilder kept = new StringBuilder(s.length());
      int open = rewrite(s, line, kept, footnotes);
      if (open >= 0) {
        int[] end = closeAcrossLines(in, i, s, open, footnotes);
        if (end != null) {
          i = end[0] - 1;
          rest = in.get(end[0]).text().substring(end[1] + 1);
        } else {
          kept.append(s, open, s.length());
        }
      }
      String result = kept.toString().stripTrailing();
      if (!continued || !result.isBlank()) {
        out.add(result.equals(line.text()) ? line : line.withText(result));
      }
    }
    return new Repaired(out, footnotes, text.issues());
  }

  /**
   * Appends {@code s} without its markers to {@code kept}; returns where a footnote text opens that does not close on
   * this line (its text is then left out of {@code kept}), else -1.
   */
  private static int rewrite(String s, Line line, StringBuilder kept, List<Footnote> footnotes) {
    int pos = 0;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c != '[') {
        kept.append(c);
        pos++;
        continue;
      }
      int close = closingBracket(s, pos);
      String marker = footnoteNumber(s, pos);
      if (close < 0 && marker != null) {
        return pos;
      }
      String replacement = close < 0 ? null : replacement(s.substring(pos + 1, close), marker, line, footnotes);
      if (replacement == null) {
        kept.append(c);
        pos++;
      } else {
        kept.append(replacement);
        pos = close + 1;
      }
    }
    return -1;
  }

  /**
   * A footnote text "[5: …" opened at {@code open} of line {@code index} that closes on a later line: takes it out as
   * a footnote and returns {line index, bracket position} of the closing bracket; null when it does not close within
   * {@link #MAX_FOOTNOTE_LINES}, and then it was no footnote.
   */
  private static int[] closeAcrossLines(List<Line> in, int index, String s, int open, List<Footnote> footnotes) {
    String marker = footnoteNumber(s, open);
    StringBuilder body = new StringBuilder(s.substring(open + marker.length() + 2));
    for (int j = index + 1; j < in.size() && j <= index + MAX_FOOTNOTE_LINES; j++) {
      String next = in.get(j).text();
      int close = closingBracket("[" + next, 0) - 1;
      if (close < 0) {
        body.append(' ').append(next);
        continue;
      }
      body.append(' ').append(next, 0, close);
      footnotes.add(new Footnote(marker, collapse(body.toString()), in.get(index).sourceLine()));
      return new int[] {j, close};
    }
    return null;
  }

  /** What a bracketed marker becomes, or null when it is no marker (ordinary brackets stay). */
  private static String replacement(String inner, String footnoteNumber, Line line, List<Footnote> footnotes) {
    if (inner.startsWith("image:") || inner.startsWith("bookmark:")) {
      return "";
    }
    if (inner.startsWith("footnoteRef:") || inner.startsWith("endnoteRef:")) {
      String marker = inner.substring(inner.indexOf(':') + 1).strip();
      return marker.isEmpty() ? null : Footnote.reference(marker);
    }
    if (footnoteNumber != null) {
      String body = inner.substring(footnoteNumber.length() + 1);
      footnotes.add(new Footnote(footnoteNumber, collapse(body), line.sourceLine()));
      return "";
    }
    return null;
  }

  /** The index of the bracket that closes the one at {@code open}, counting nested brackets; -1 when it does not. */
  private static int closingBracket(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** "12" when a footnote text "[12: …" starts at {@code open}, else null. */
  private static String footnoteNumber(String s, int open) {
    int i = open + 1;
    while (i < s.length() && i - open <= 4 && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return i > open + 1 && i < s.length() && s.charAt(i) == ':' ? s.substring(open + 1, i) : null;
  }

  private static boolean isImageFileName(String s) {
    String t = s.strip();
    int dot = t.lastIndexOf('.');
    if (dot <= 0 || t.indexOf(' ') >= 0 || t.length() - dot > 5) {
      return false;
    }
    return switch (t.substring(dot + 1).toLowerCase(java.util.Locale.ROOT)) {
      case "png", "jpg", "jpeg", "gif", "bmp", "emf", "wmf", "tif", "tiff", "svg" -> true;
      default -> false;
    };
  }

  private static String collapse(String s) {
    return Spaces.collapse(s.strip());
  }
}
