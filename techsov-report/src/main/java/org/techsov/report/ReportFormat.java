package org.techsov.report;

import java.util.Locale;
import org.techsov.core.error.TechsovException;
import org.techsov.report.render.HtmlReportWriter;
import org.techsov.report.render.PdfReportWriter;

/** The formats a report is written in. */
public enum ReportFormat {
  HTML("text/html; charset=utf-8", "html"),
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  ReportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The report in this format. */
  public byte[] render(CountryReport report) {
    return switch (this) {
      case HTML -> HtmlReportWriter.write(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case PDF -> PdfReportWriter.write(report);
    };
  }

  /** {@code html} or {@code pdf}, in any case. */
  public static ReportFormat parse(String text) {
    for (ReportFormat f : values()) {
      if (f.extension.equalsIgnoreCase(text == null ? "" : text.trim())) {
        return f;
      }
    }
    throw TechsovException.invalidArgument(
        "unknown report format '" + text + "' (use html or pdf)");
  }

  /** The format a file name's extension names, e.g. {@code report.pdf}. */
  public static ReportFormat ofFileName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      throw TechsovException.invalidArgument(
          "cannot tell the report format from '" + name + "': end it in .html or .pdf");
    }
    return parse(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
