package org.techsov.report;

import java.util.List;
import org.techsov.report.section.BlocShiftSection;
import org.techsov.report.section.CircumventionSection;
import org.techsov.report.section.DependencyByAreaSection;
import org.techsov.report.section.FeasibilitySection;
import org.techsov.report.section.MethodsSection;
import org.techsov.report.section.ProgrammesSection;
import org.techsov.report.section.ScorecardSection;
import org.techsov.report.section.TopSuppliersSection;

/** The sections of the country report, in order. Each analysis adds its section here. */
public final class ReportSections {
  private ReportSections() {}

  public static List<ReportSection> standard() {
    return List.of(
        new DependencyByAreaSection(),
        new BlocShiftSection(),
        new TopSuppliersSection(),
        new CircumventionSection(),
        new FeasibilitySection(),
        new ProgrammesSection(),
        new ScorecardSection(),
        new MethodsSection());
  }
}
