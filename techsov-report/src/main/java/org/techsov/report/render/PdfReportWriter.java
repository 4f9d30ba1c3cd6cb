package org.techsov.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.techsov.report.Block;
import org.techsov.report.CountryReport;
import org.techsov.report.Section;

/**
 * Writes a report as PDF: a title page, then each section from a new page with its text, its charts
 * (drawn at twice the size for print) and its tables.
 */
public final class PdfReportWriter {
  private PdfReportWriter() {}

  public static byte[] write(CountryReport report) {
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(report.title());
      info.setCreator("techsov");
      PdfLayout page = new PdfLayout(doc);
      page.newPage();
      page.heading(report.title(), 18);
      page.paragraph(report.subtitle());
      page.space(12);
      int n = 1;
      for (Section s : report.sections()) {
        page.paragraph(n++ + ". " + s.title());
      }
      for (Section s : report.sections()) {
        page.newPage();
        page.heading(s.title(), 15);
        for (Block b : s.blocks()) {
          if (b instanceof Block.Paragraph p) {
            page.paragraph(p.text());
          } else if (b instanceof Block.Table t) {
            page.table(t.head(), t.rows());
          } else if (b instanceof Block.Chart c) {
            byte[] png = Charts.png(c.spec(), 720, 360, 2);
            page.image(PDImageXObject.createFromByteArray(doc, png, "chart"), 720, 360);
          }
        }
      }
      page.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF report", e);
    }
  }
}
