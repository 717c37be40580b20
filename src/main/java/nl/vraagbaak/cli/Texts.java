package nl.vraagbaak.cli;

import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;

/** Small text renderings shared by the library commands' text output. */
final class Texts {

  private static final int LINE = 300;

  private Texts() {}

  /** "ebe374572afffade.22  2026-02-05  GroenLinks-PvdA  Vraag 22  (003_….txt)". */
  static String heading(Document document, Pair pair) {
    StringBuilder line = new StringBuilder(pair.id());
    append(line, document.date());
    append(line, pair.asker() == null ? null : pair.asker().party());
    append(line, pair.label());
    append(line, document.source() == null ? null : "(" + document.source() + ")");
    return line.toString();
  }

  private static void append(StringBuilder line, String part) {
    if (part != null && !part.isBlank()) {
      line.append("  ").append(part);
    }
  }

  /** A highlight for a terminal: marks as «», entities decoded, one line, abbreviated. */
  static String plain(String html) {
    if (html == null) {
      return "";
    }
    String text = html.replace("<mark>", "«").replace("</mark>", "»")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/")
        .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    return abbreviate(text);
  }

  static String abbreviate(String text) {
    String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return line.length() <= LINE ? line : line.substring(0, LINE - 1) + "…";
  }
}
