package nl.vraagbaak.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.vraagbaak.parse.Asker;
import nl.vraagbaak.parse.Document;
import nl.vraagbaak.parse.Pair;

/** The Dutch words the pages use for the contract's values. */
final class Labels {

  static final Map<String, String> KINDS = ordered(
      "schriftelijk-overleg", "Schriftelijk overleg",
      "lijst-van-vragen-en-antwoorden", "Lijst van vragen en antwoorden",
      "kamervragen", "Kamervragen",
      "antwoorden-debat", "Antwoorden op een debat",
      "inbreng", "Inbreng",
      "onbekend", "Onbekend");

  static final Map<String, String> ANSWER_KINDS = ordered(
      "answered", "beantwoord",
      "referral", "alleen verwijzing",
      "declined", "loopt niet vooruit",
      "confidential", "vertrouwelijk",
      "premature", "te vroeg",
      "not-responsible", "niet verantwoordelijk",
      "partial", "deels beantwoord");

  private Labels() {}

  static String kind(String kind) {
    return kind == null ? "Onbekend" : KINDS.getOrDefault(kind, kind);
  }

  static String answerKind(String kind) {
    return kind == null ? "" : ANSWER_KINDS.getOrDefault(kind, kind);
  }

  /** "Vraag 12" as printed, else from the numbers, else by position. */
  static String pairTitle(Pair pair) {
    if (pair.label() != null && !pair.label().isBlank()) {
      return pair.label();
    }
    if (!pair.numbers().isEmpty()) {
      return "Vraag " + pair.numbers().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return "Vraag " + pair.ordinal() + " (in volgorde)";
  }

  /** "Piri (GroenLinks-PvdA)", "D66-fractie", or the words as printed. */
  static String asker(Asker asker) {
    if (asker == null) {
      return "vraagsteller onbekend";
    }
    List<String> members = asker.members();
    if (!members.isEmpty()) {
      String names = String.join(", ", members);
      return asker.party() == null ? names : names + " (" + asker.party() + ")";
    }
    if (asker.party() != null) {
      return asker.party() + "-fractie";
    }
    return asker.text() != null ? asker.text() : "vraagsteller onbekend";
  }

  /** The heading a document goes by: its title, else its file name. */
  static String documentTitle(Document document) {
    if (document.title() != null && !document.title().isBlank()) {
      return document.title();
    }
    return document.source() == null ? document.id() : fileName(document.source());
  }

  static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  /** The first words of a text, cut at a word boundary. */
  static String excerpt(String text, int max) {
    if (text == null) {
      return "";
    }
    String flat = collapseSpace(text).strip();
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max);
    return flat.substring(0, cut > max / 2 ? cut : max) + " …";
  }

  /** As text.replaceAll("\\s+", " ") without a regex (excerpts are made for every pair of a page). */
  static String collapseSpace(String text) {
    StringBuilder flat = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Html.isSpace(c)) {
        if (!inSpace) {
          flat.append(' ');
        }
        inSpace = true;
      } else {
        flat.append(c);
        inSpace = false;
      }
    }
    return flat.toString();
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
