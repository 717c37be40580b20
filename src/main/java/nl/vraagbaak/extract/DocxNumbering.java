package nl.vraagbaak.extract;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The numbers Word's automatic list numbering prints before a paragraph ("1.", "2.", "a)"), which are not in the
 * paragraph's text runs: a question list numbered that way would otherwise lose its numbers. Counted per list and
 * level in body order, as Word counts them; a deeper level restarts when a shallower one advances. Bullets print no
 * number and are left out, so an answer's bulleted list stays plain text.
 */
final class DocxNumbering {

  private final XWPFNumbering numbering;
  private final Map<BigInteger, int[]> counters = new HashMap<>();

  DocxNumbering(XWPFNumbering numbering) {
    this.numbering = numbering;
  }

  /** The printed number of this paragraph followed by a space ("3. "), or "" when it has none. */
  String label(XWPFParagraph paragraph) {
    BigInteger numId = paragraph.getNumID();
    String format = paragraph.getNumFmt();
    String text = paragraph.getNumLevelText();
    if (numId == null || format == null || text == null || format.equals("bullet") || format.equals("none")) {
      return "";
    }
    int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), 8);
    int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
    count[level] = count[level] == 0 ? start(paragraph, numId, level) : count[level] + 1;
    for (int deeper = level + 1; deeper < count.length; deeper++) {
      count[deeper] = 0;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
        int at = text.charAt(++i) - '1';
        int value = at >= 0 && at <= level ? Math.max(count[at], 1) : 1;
        out.append(at == level ? render(value, format) : Integer.toString(value));
      } else {
        out.append(c);
      }
    }
    String label = out.toString().strip();
    return label.isEmpty() ? "" : label + " ";
  }

  private int start(XWPFParagraph paragraph, BigInteger numId, int level) {
    BigInteger override = paragraph.getNumStartOverride();
    if (override != null) {
      return override.intValue();
    }
    CTLvl lvl = abstractLevel(numId, level);
    return lvl != null && lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 1;
  }

  private CTLvl abstractLevel(BigInteger numId, int level) {
    if (numbering == null) {
      return null;
    }
    XWPFNum num = numbering.getNum(numId);
    if (num == null || num.getCTNum().getAbstractNumId() == null) {
      return null;
    }
    XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
    if (abstractNum == null) {
      return null;
    }
    for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
      if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
        return lvl;
      }
    }
    return null;
  }

  private static String render(int value, String format) {
    return switch (format) {
      case "lowerLetter" -> letter(value, 'a');
      case "upperLetter" -> letter(value, 'A');
      case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman" -> roman(value);
      default -> Integer.toString(value);
    };
  }

  private static String letter(int value, char first) {
    int index = (value - 1) % 26;
    return String.valueOf((char) (first + Math.max(index, 0))).repeat(Math.max(1, (value - 1) / 26 + 1));
  }

  private static String roman(int value) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    int rest = Math.max(1, Math.min(value, 3999));
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        out.append(symbols[i]);
        rest -= values[i];
      }
    }
    return out.toString();
  }
}
