package nl.vraagbaak.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text made safe for HTML: everything escaped, then only our own markup added back. */
final class Html {

  private static final Pattern MARK = Pattern.compile("&lt;(/?)mark&gt;");
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:)]");

  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A highlighted snippet as safe HTML. The snippet may contain {@code <mark>} tags from the search index
   * around document text that itself is untrusted: everything is escaped, then only balanced mark tags are
   * restored, so any other markup in the document shows as text.
   */
  static String highlight(String marked) {
    String escaped = escape(marked);
    Matcher m = MARK.matcher(escaped);
    StringBuilder out = new StringBuilder(escaped.length());
    boolean open = false;
    while (m.find()) {
      boolean closing = !m.group(1).isEmpty();
      if (closing == open) {
        m.appendReplacement(out, closing ? "</mark>" : "<mark>");
        open = !open;
      } else {
        m.appendReplacement(out, "");
      }
    }
    m.appendTail(out);
    if (open) {
      out.append("</mark>");
    }
    return out.toString();
  }

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

  /**
   * A snippet of the search index (escaped by Lucene, with mark tags) as safe HTML: the entities are decoded
   * in one pass and the text is escaped again by {@link #highlight}, so nothing of the index's escaping is trusted.
   */
  static String fromIndex(String snippet) {
    return highlight(unescape(snippet));
  }

  /** Decodes character references in one pass ("&amp;lt;" becomes "&lt;", never "<"). */
  static String unescape(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text == null ? "" : text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String name = m.group(1);
      String decoded = switch (name) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        case "nbsp" -> "\u00a0";
        default -> codePoint(name);
      };
      m.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(String reference) {
    int cp = reference.charAt(1) == 'x' || reference.charAt(1) == 'X'
        ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1));
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
  }

  /** Paragraphs of a repaired text (separated by a blank line). */
  static List<String> paragraphs(String text) {
    // as text.split("\\n\\s*\\n") with each part stripped and blank parts dropped, in one pass without a regex:
    // the pair and document pages split every question and answer, and the regex was a third of their cost
    List<String> paragraphs = new ArrayList<>();
    if (text == null) {
      return paragraphs;
    }
    int start = 0;
    for (int line = 0; line <= text.length(); ) {
      int end = text.indexOf('\n', line);
      if (end < 0) {
        end = text.length();
      }
      if (isSpace(text, line, end)) {
        addStripped(paragraphs, text, start, line);
        start = end;
      }
      line = end + 1;
    }
    addStripped(paragraphs, text, start, text.length());
    return paragraphs;
  }

  private static void addStripped(List<String> paragraphs, String text, int from, int to) {
    if (from < to) {
      String paragraph = text.substring(from, to).strip();
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
  }

  /** Whether text[from, to) is only what the regex \\s matches: space, tab, line breaks, vertical tab, form feed. */
  static boolean isSpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The first http(s) address in a text, or null: footnotes link to it. */
  static String firstUrl(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = URL.matcher(text);
    return m.find() ? m.group() : null;
  }
}
