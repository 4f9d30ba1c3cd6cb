package org.techsov.report;

/**
 * Builds one section of the country report. Each analysis adds its own implementation to {@link
 * ReportSections#standard()}.
 */
public interface ReportSection {
  Section build(ReportInput input);
}
