package nl.vraagbaak.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

/**
 * Reads a libhyphen pattern file (Debian hyphen-nl's hyph_nl_NL.dic) into Lucene's hyphenation tree.
 * Lucene reads only its own XML grammar, so the patterns are rewritten into it in memory: the first line
 * names the file's charset, keyword lines (LEFTHYPHENMIN …) and comments are skipped, every letter that
 * occurs in a pattern becomes a character class of itself and its upper case.
 */
final class Hyphenation {

  private Hyphenation() {}

  static HyphenationTree read(Path libhyphenFile) throws IOException {
    List<String> lines = Files.readAllLines(libhyphenFile, StandardCharsets.ISO_8859_1);
    if (lines.isEmpty()) {
      throw new IOException(libhyphenFile + " is empty; expected a libhyphen pattern file");
    }
    Charset charset = charsetOf(lines.get(0));
    if (!charset.equals(StandardCharsets.ISO_8859_1)) {
      lines = Files.readAllLines(libhyphenFile, charset);
    }
    List<String> patterns = new ArrayList<>();
    Set<Character> letters = new TreeSet<>();
    for (String raw : lines.subList(1, lines.size())) {
      String line = raw.strip();
      if (isPattern(line)) {
        patterns.add(line);
        line.chars().filter(c -> !Character.isDigit(c) && c != '.').forEach(c -> letters.add((char) c));
      }
    }
    HyphenationTree tree = new HyphenationTree();
    tree.loadPatterns(new InputSource(new StringReader(xml(letters, patterns))));
    return tree;
  }

  private static Charset charsetOf(String firstLine) {
    try {
      return Charset.forName(firstLine.strip());
    } catch (IllegalArgumentException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }

  /** Standard patterns only: no comments, no keywords, no non-standard "/" replacement patterns. */
  private static boolean isPattern(String line) {
    return !line.isEmpty()
        && !line.startsWith("%")
        && !line.startsWith("#")
        && !line.contains("/")
        && !Character.isUpperCase(line.charAt(0))
        && line.chars().noneMatch(c -> c == '<' || c == '>' || c == '&' || Character.isWhitespace(c));
  }

  private static String xml(Set<Character> letters, List<String> patterns) {
    StringBuilder xml = new StringBuilder("<hyphenation-info><classes>\n");
    for (char letter : letters) {
      xml.append(letter);
      char upper = Character.toUpperCase(letter);
      if (upper != letter) {
        xml.append(upper);
      }
      xml.append('\n');
    }
    xml.append("</classes><patterns>\n");
    patterns.forEach(p -> xml.append(p).append('\n'));
    return xml.append("</patterns></hyphenation-info>").toString();
  }
}
