package nl.vraagbaak.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType1CFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A page's text as lines, in the order the page draws them. PDFBox's text stripper builds a positioned object per
 * glyph and sorts and regroups them; this engine only follows the glyphs' baselines: a glyph on another baseline starts
 * a line, a gap wider than a fraction of the font size is a space, and a vertical gap clearly wider than the page's
 * line pitch is a blank line (a paragraph break, as in the text the PDF was made from). Twice as fast, and it keeps
 * the paragraph breaks that the stripper drops.
 *
 * <p>Text drawn at an angle (a margin note set vertically) is kept apart and given as one line after the page's text.
 */
final class PdfPageText extends PDFStreamEngine {

  /** A baseline that moves by more than this share of the font size starts a new line (a superscript does not). */
  private static final float NEW_LINE = 0.5f;

  /** A gap between glyphs wider than this share of the font size is a space between words. */
  private static final float SPACE = 0.15f;

  /** A drop between lines of this many times the page's usual line pitch is a paragraph break. */
  private static final float PARAGRAPH = 1.4f;

  /** One line as drawn: its text, baseline and font size. */
  private record Drawn(String text, float y, float size) {}

  private final List<Drawn> lines = new ArrayList<>();
  /** Per font, its glyphs met so far; one engine reads one document, whose fonts PDFBox keeps as one object each. */
  private final Map<PDFont, FontGlyphs> fonts = new IdentityHashMap<>();
  private Shape shape = Shape.NONE;
  private final StringBuilder current = new StringBuilder();
  private final StringBuilder angled = new StringBuilder();
  /** The placement of the string being shown; one for all strings (a string's glyphs are placed before the next's). */
  private final Placement placement = new Placement();
  /** The page's text being laid out; one buffer for all pages, as the engine reads one page at a time. */
  private final StringBuilder page = new StringBuilder();
  private float lineY;
  private float lineSize;
  private float endX;
  private boolean open;

  PdfPageText() {
    addOperator(new BeginText(this));
    addOperator(new EndText(this));
    addOperator(new SetFontAndSize(this));
    addOperator(new ShowText(this));
    addOperator(new ShowTextAdjusted(this));
    addOperator(new ShowTextLine(this));
    addOperator(new ShowTextLineAndSpace(this));
    addOperator(new MoveText(this));
    addOperator(new MoveTextSetLeading(this));
    addOperator(new NextLine(this));
    addOperator(new SetTextLeading(this));
    addOperator(new SetMatrix(this));
    addOperator(new SetCharSpacing(this));
    addOperator(new SetWordSpacing(this));
    addOperator(new SetTextHorizontalScaling(this));
    addOperator(new SetTextRenderingMode(this));
    addOperator(new SetTextRise(this));
    addOperator(new Save(this));
    addOperator(new Restore(this));
    addOperator(new Concatenate(this));
    addOperator(new SetGraphicsStateParameters(this));
    addOperator(new DrawObject(this));
  }

  /** The page's text: lines separated by '\n', a blank line where the page leaves a paragraph gap. */
  String text(PDPage page) throws IOException {
    lines.clear();
    current.setLength(0);
    angled.setLength(0);
    open = false;
    processPage(page);
    endLine();
    return layout();
  }

  /**
   * The glyphs of one string, placed as PDFBox places them (the same float arithmetic in the same order, so the same
   * positions), without its two matrix objects per glyph and with each code's text and width looked up once per font:
   * this loop is most of the extraction time. Vertical writing, Type 3 fonts and a missing font go through PDFBox's
   * own loop.
   */
  @Override
  protected void showText(byte[] string) throws IOException {
    PDGraphicsState state = getGraphicsState();
    PDTextState textState = state.getTextState();
    PDFont font = textState.getFont();
    if (font == null || font instanceof PDType3Font || font.isVertical()) {
      super.showText(string);
      return;
    }
    FontGlyphs glyphs = fonts.computeIfAbsent(font, FontGlyphs::new);
    float fontSize = textState.getFontSize();
    float horizontalScaling = textState.getHorizontalScaling() / 100f;
    float charSpacing = textState.getCharacterSpacing();
    Matrix textMatrix = getTextMatrix();
    Placement place = placement;
    place.start(fontSize * horizontalScaling, fontSize, textState.getRise(), textMatrix, state.getCurrentTransformationMatrix());
    ByteArrayInputStream in = glyphs.singleByte ? null : new ByteArrayInputStream(string);
    int next = 0;
    while (in == null ? next < string.length : in.available() > 0) {
      int code;
      int length = 1;
      if (in == null) {
        code = string[next++] & 0xff;
      } else {
        int before = in.available();
        code = font.readCode(in);
        length = before - in.available();
      }
      float wordSpacing = 0;
      if (length == 1 && code == 32) {
        wordSpacing += textState.getWordSpacing();
      }
      place.render();
      Glyph glyph = glyphs.glyph(code);
      if (glyph.unicode() != null) {
        glyph(glyph.unicode(), place.r0, place.r1, place.r3, place.r4, place.r6, place.r7, glyph.advance());
      }
      place.advance((glyph.advance() * fontSize + charSpacing + wordSpacing) * horizontalScaling);
    }
    place.store(textMatrix);
  }

  /** Reached through PDFBox's own loop only (see {@link #showText}). */
  @Override
  protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
    String unicode = unicode(font, code);
    if (unicode != null) {
      glyph(unicode, trm.getValue(0, 0), trm.getValue(0, 1), trm.getValue(1, 0), trm.getValue(1, 1), trm.getTranslateX(), trm.getTranslateY(), displacement.getX());
    }
  }

  /** A glyph's text: its Unicode mapping, else for a simple font the code as a character; null when it has none. */
  private static String unicode(PDFont font, int code) throws IOException {
    String unicode = font.toUnicode(code);
    if (unicode == null && font instanceof PDSimpleFont) {
      return String.valueOf((char) code);
    }
    return unicode;
  }

  /**
   * A glyph drawn with text rendering matrix [a b 0; c d 0; x y 1] and advancing {@code advance} (in text space), as
   * PDFBox's {@code Matrix} getters would read that matrix.
   */
  private void glyph(String unicode, float a, float b, float c, float d, float x, float y, float advance) {
    if (!shape.is(a, b, c, d)) {
      shape = new Shape(a, b, c, d);
    }
    float scaleX = shape.scaleX();
    float size = shape.size();
    if (shape.angled()) {
      angled.append(unicode);
      return;
    }
    size = Math.max(size, 0.5f);
    if (!open || Math.abs(y - lineY) > NEW_LINE * Math.max(size, lineSize)) {
      endLine();
      open = true;
      lineY = y;
      lineSize = size;
    } else if (x - endX > SPACE * size && !endsWithSpace() && !unicode.startsWith(" ")) {
      current.append(' ');
    }
    // A space the page draws at the start of a line is kept (it indents a paragraph); one after a space is not.
    if (!(unicode.equals(" ") && !current.isEmpty() && current.charAt(current.length() - 1) == ' ')) {
      current.append(unicode);
    }
    lineSize = Math.max(lineSize, size);
    endX = x + advance * scaleX;
  }

  /**
   * What a glyph's matrix [a b; c d] says of it: its horizontal scale, its size and whether it is set at an angle. The
   * glyphs of a line share one matrix, so it is worked out once per run of equal matrices (bit for bit equal).
   */
  private record Shape(int a, int b, int c, int d, float scaleX, float size, boolean angled) {

    static final Shape NONE = new Shape(Float.NaN, Float.NaN, Float.NaN, Float.NaN);

    Shape(float a, float b, float c, float d) {
      this(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b), Float.floatToRawIntBits(c), Float.floatToRawIntBits(d),
          scalingFactor(a, b), Math.abs(scalingFactor(d, c)), angled(b, c, d, Math.abs(scalingFactor(d, c))));
    }

    private static boolean angled(float b, float c, float d, float size) {
      return Math.abs(c) > 0.1f * size || Math.abs(b) > 0.1f * size || d < 0;
    }

    boolean is(float a, float b, float c, float d) {
      return Float.floatToRawIntBits(a) == this.a && Float.floatToRawIntBits(b) == this.b && Float.floatToRawIntBits(c) == this.c
          && Float.floatToRawIntBits(d) == this.d;
    }
  }

  /** PDFBox's {@code Matrix.getScalingFactorX/Y}: the length of the axis vector, or its main part when the other is 0. */
  private static float scalingFactor(float main, float other) {
    return Float.compare(other, 0.0f) != 0 ? (float) Math.sqrt(Math.pow(main, 2) + Math.pow(other, 2)) : main;
  }

  /**
   * PDFBox's text rendering matrix of each glyph of a string, {@code parameters x text matrix x CTM}, and its move of
   * the text matrix after each glyph, in plain floats: the same products and sums in the same order as PDFBox's
   * {@code Matrix.multiply} and {@code translate} (zero terms included, so even the signs of zeros agree), and failing
   * on values that are not finite as they do.
   */
  private static final class Placement {

    private float p0;
    private float p4;
    private float p7;
    private float t0, t1, t2, t3, t4, t5;
    private float t6, t7, t8;
    private float c0, c1, c2, c3, c4, c5, c6, c7, c8;
    float r0, r1, r3, r4, r6, r7;

    /** Parameters [p0 0 0; 0 p4 0; 0 p7 1]: font size times horizontal scaling, font size, rise. */
    void start(float p0, float p4, float p7, Matrix text, Matrix ctm) {
      this.p0 = p0;
      this.p4 = p4;
      this.p7 = p7;
      t0 = text.getValue(0, 0);
      t1 = text.getValue(0, 1);
      t2 = text.getValue(0, 2);
      t3 = text.getValue(1, 0);
      t4 = text.getValue(1, 1);
      t5 = text.getValue(1, 2);
      t6 = text.getValue(2, 0);
      t7 = text.getValue(2, 1);
      t8 = text.getValue(2, 2);
      c0 = ctm.getValue(0, 0);
      c1 = ctm.getValue(0, 1);
      c2 = ctm.getValue(0, 2);
      c3 = ctm.getValue(1, 0);
      c4 = ctm.getValue(1, 1);
      c5 = ctm.getValue(1, 2);
      c6 = ctm.getValue(2, 0);
      c7 = ctm.getValue(2, 1);
      c8 = ctm.getValue(2, 2);
    }

    /** The rendering matrix at the current position (r0..r7; the third column is not read). */
    void render() {
      float s0 = p0 * t0 + 0f * t3 + 0f * t6;
      float s1 = p0 * t1 + 0f * t4 + 0f * t7;
      float s2 = p0 * t2 + 0f * t5 + 0f * t8;
      float s3 = 0f * t0 + p4 * t3 + 0f * t6;
      float s4 = 0f * t1 + p4 * t4 + 0f * t7;
      float s5 = 0f * t2 + p4 * t5 + 0f * t8;
      float s6 = 0f * t0 + p7 * t3 + 1f * t6;
      float s7 = 0f * t1 + p7 * t4 + 1f * t7;
      float s8 = 0f * t2 + p7 * t5 + 1f * t8;
      if (!Float.isFinite(s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8)) {
        fail(s0, s1, s2, s3, s4, s5, s6, s7, s8);
      }
      r0 = s0 * c0 + s1 * c3 + s2 * c6;
      r1 = s0 * c1 + s1 * c4 + s2 * c7;
      float r2 = s0 * c2 + s1 * c5 + s2 * c8;
      r3 = s3 * c0 + s4 * c3 + s5 * c6;
      r4 = s3 * c1 + s4 * c4 + s5 * c7;
      float r5 = s3 * c2 + s4 * c5 + s5 * c8;
      r6 = s6 * c0 + s7 * c3 + s8 * c6;
      r7 = s6 * c1 + s7 * c4 + s8 * c7;
      float r8 = s6 * c2 + s7 * c5 + s8 * c8;
      if (!Float.isFinite(r0 + r1 + r2 + r3 + r4 + r5 + r6 + r7 + r8)) {
        fail(r0, r1, r2, r3, r4, r5, r6, r7, r8);
      }
    }

    /** {@code Matrix.translate(tx, 0)} of the text matrix. */
    void advance(float tx) {
      t6 += tx * t0 + 0f * t3;
      t7 += tx * t1 + 0f * t4;
      t8 += tx * t2 + 0f * t5;
      if (!Float.isFinite(t0 + t1 + t2 + t3 + t4 + t5 + t6 + t7 + t8)) {
        fail(t0, t1, t2, t3, t4, t5, t6, t7, t8);
      }
    }

    /** The moved text matrix back into PDFBox's graphics state. */
    void store(Matrix text) {
      text.setValue(2, 0, t6);
      text.setValue(2, 1, t7);
      text.setValue(2, 2, t8);
    }

    /**
     * Called when the sum of a matrix's values is not finite (a quick test per glyph): fails when one of them is not,
     * as PDFBox does; finite values that add up to infinity pass.
     */
    private static void fail(float... values) {
      for (float value : values) {
        if (!Float.isFinite(value)) {
          throw new IllegalArgumentException("Multiplying two matrices produces illegal values");
        }
      }
    }
  }

  /** What a code of a font shows and how far it advances (in text space units per point of font size). */
  private record Glyph(String unicode, float advance) {}

  /** The glyphs of one font met so far; a simple font's codes are single bytes and are kept in an array. */
  private static final class FontGlyphs {

    private final PDFont font;
    final boolean singleByte;
    private final Glyph[] bytes;
    private final Map<Integer, Glyph> others;

    FontGlyphs(PDFont font) {
      this.font = font;
      // PDFBox's simple fonts read one byte per code (Type 3 is never seen here).
      this.singleByte = font instanceof PDType1Font || font instanceof PDTrueTypeFont || font instanceof PDType1CFont;
      this.bytes = singleByte ? new Glyph[256] : null;
      this.others = singleByte ? null : new HashMap<>();
    }

    Glyph glyph(int code) throws IOException {
      if (singleByte) {
        Glyph glyph = bytes[code];
        if (glyph == null) {
          glyph = read(code);
          bytes[code] = glyph;
        }
        return glyph;
      }
      Glyph glyph = others.get(code);
      if (glyph == null) {
        glyph = read(code);
        others.put(code, glyph);
      }
      return glyph;
    }

    private Glyph read(int code) throws IOException {
      return new Glyph(unicode(font, code), font.getWidth(code) / 1000);
    }
  }

  private boolean endsWithSpace() {
    return current.isEmpty() || current.charAt(current.length() - 1) == ' ';
  }

  private void endLine() {
    if (open) {
      int end = current.length();
      while (end > 0 && current.charAt(end - 1) == ' ') {
        end--;
      }
      lines.add(new Drawn(current.substring(0, end), lineY, lineSize));
    }
    current.setLength(0);
    open = false;
  }

  /** The lines joined, with a blank line where the drop to the next line is a paragraph gap. */
  private String layout() {
    float pitch = usualPitch();
    StringBuilder out = page;
    out.setLength(0);
    for (int i = 0; i < lines.size(); i++) {
      Drawn line = lines.get(i);
      if (i > 0) {
        out.append('\n');
        float drop = lines.get(i - 1).y() - line.y();
        if (pitch > 0 && drop > PARAGRAPH * pitch) {
          out.append('\n');
        }
      }
      out.append(line.text());
    }
    if (!angled.isEmpty()) {
      out.append(out.isEmpty() ? "" : "\n").append(angled.toString().strip());
    }
    return out.toString();
  }

  /** The most common drop from one line to the next below it (rounded to a point), or 0 when there is none. */
  private float usualPitch() {
    float[] drops = new float[lines.size()];
    int n = 0;
    for (int i = 1; i < lines.size(); i++) {
      float drop = lines.get(i - 1).y() - lines.get(i).y();
      float size = lines.get(i - 1).size();
      if (drop > 0.8f * size && drop < 3 * size) {
        drops[n++] = Math.round(drop);
      }
    }
    if (n == 0) {
      return 0;
    }
    Arrays.sort(drops, 0, n);
    float best = drops[0];
    int bestRun = 0;
    for (int i = 0, run = 0; i < n; i++) {
      run = i > 0 && drops[i] == drops[i - 1] ? run + 1 : 1;
      if (run > bestRun) {
        bestRun = run;
        best = drops[i];
      }
    }
    return best;
  }
}
