package org.techsov.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays text, tables and images down A4 pages from the top, starting a new page when one is full.
 * Text is set in Liberation Sans (shipped with PDFBox, embedded as a subset), which covers Latin,
 * Greek and Cyrillic, so that sources and names in Russian print as written; headings and table
 * heads in Helvetica Bold. Characters a font cannot encode are written as '?'.
 */
final class PdfLayout {
  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float BODY = 10;
  private static final float CELL = 8;

  private final PDDocument doc;
  static final String BODY_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final PDFont regular;
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream out;
  private float y;

  PdfLayout(PDDocument doc) throws IOException {
    this.doc = doc;
    try (InputStream font = PdfLayout.class.getResourceAsStream(BODY_FONT)) {
      if (font == null) {
        throw new IOException("the font " + BODY_FONT + " is missing from the class path");
      }
      this.regular = PDType0Font.load(doc, font, true);
    }
  }

  void newPage() throws IOException {
    close();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }

  void space(float points) {
    y -= points;
  }

  void heading(String text, float size) throws IOException {
    for (String line : wrap(text, bold, size, WIDTH)) {
      ensure(size * 1.4f);
      write(line, bold, size, MARGIN, y);
      y -= size * 1.4f;
    }
    y -= 6;
  }

  void paragraph(String text) throws IOException {
    for (String line : wrap(text, regular, BODY, WIDTH)) {
      ensure(BODY * 1.4f);
      write(line, regular, BODY, MARGIN, y);
      y -= BODY * 1.4f;
    }
    y -= 6;
  }

  void image(PDImageXObject image, float width, float height) throws IOException {
    float w = Math.min(WIDTH, width);
    float h = height * w / width;
    ensure(h + 8);
    out.drawImage(image, MARGIN, y - h, w, h);
    y -= h + 12;
  }

  void table(List<String> head, List<List<String>> rows) throws IOException {
    float[] widths = columnWidths(head, rows);
    row(head, widths, bold);
    for (List<String> r : rows) {
      row(r, widths, regular);
    }
    y -= 8;
  }

  private void row(List<String> cells, float[] widths, PDFont font) throws IOException {
    float h = CELL * 1.6f;
    ensure(h);
    float x = MARGIN;
    for (int i = 0; i < cells.size() && i < widths.length; i++) {
      String t = fit(cells.get(i), font, widths[i] - 4);
      write(t, font, CELL, x + 2, y - 1);
      x += widths[i];
    }
    out.setLineWidth(0.3f);
    out.moveTo(MARGIN, y - h + 2);
    out.lineTo(MARGIN + WIDTH, y - h + 2);
    out.stroke();
    y -= h;
  }

  private float[] columnWidths(List<String> head, List<List<String>> rows) throws IOException {
    float[] want = new float[head.size()];
    for (int i = 0; i < head.size(); i++) {
      want[i] = width(encodable(head.get(i), bold), bold, CELL);
    }
    for (List<String> r : rows) {
      for (int i = 0; i < r.size() && i < want.length; i++) {
        want[i] = Math.max(want[i], width(encodable(r.get(i), regular), regular, CELL));
      }
    }
    float sum = 0;
    for (float w : want) {
      sum += w + 6;
    }
    float[] out = new float[want.length];
    for (int i = 0; i < want.length; i++) {
      out[i] = (want[i] + 6) * Math.min(1, WIDTH / sum);
    }
    return out;
  }

  private void ensure(float height) throws IOException {
    if (y - height < MARGIN) {
      newPage();
    }
  }

  private void write(String text, PDFont font, float size, float x, float baseline)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, baseline - size);
    out.showText(encodable(text, font));
    out.endText();
  }

  private String fit(String text, PDFont font, float max) throws IOException {
    String t = encodable(text, font);
    if (width(t, font, CELL) <= max) {
      return t;
    }
    while (t.length() > 1 && width(t + "...", font, CELL) > max) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "...";
  }

  private List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : encodable(text, font).split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, font, size) > max && line.length() > 0) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  private static String encodable(String text, PDFont font) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      try {
        font.encode(ch);
        b.append(ch);
      } catch (IOException | IllegalArgumentException e) {
        b.append('?');
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
