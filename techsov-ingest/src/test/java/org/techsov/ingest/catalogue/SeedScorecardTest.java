package org.techsov.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.techsov.core.programme.ExternalMeasure;
import org.techsov.core.programme.ReportedDate;
import org.techsov.core.programme.Scorecard;
import org.techsov.core.programme.ScorecardLine;
import org.techsov.core.programme.ScorecardOptions;
import org.techsov.core.programme.Status;

/** The scorecard of the seeds' targets and claims, evaluated on a fixed date. */
class SeedScorecardTest {
  private static final ScorecardOptions OPTIONS =
      new ScorecardOptions(LocalDate.of(2026, 3, 15), "RUS", List.of(), 200, 1969);

  @Test
  void seedTargetsAndClaimsGetTheirStatuses() {
    Map<String, Status> status =
        Scorecard.evaluate(BuiltInCatalogue.seeds(), OPTIONS).stream()
            .collect(Collectors.toMap(ScorecardLine::id, ScorecardLine::status));
    assertThat(status)
        .containsEntry("mir-cards/payments-share/cbr-2023", Status.MET)
        .containsEntry(
            "domestic-processors/state-purchase-share/target-2023", Status.NOT_MEASURABLE)
        .containsEntry(
            "state-software/foreign-share/no-foreign-on-critical-infrastructure-2025",
            Status.NOT_MEASURABLE)
        .containsEntry("microelectronics/node-2030", Status.OFF_TRACK)
        .containsEntry("nabiullina-mir-2017", Status.MET)
        .containsEntry("nspk-mir-2016", Status.OFF_TRACK)
        .containsEntry("binbank-mir-share", Status.OFF_TRACK)
        .containsEntry("peskov-nothing-we-cannot-do", Status.NOT_MEASURABLE)
        .containsEntry("kse-china-share", Status.NOT_MEASURABLE);
  }

  @Test
  void everyLineCitesItsSources() {
    for (ScorecardLine line : Scorecard.evaluate(BuiltInCatalogue.seeds(), OPTIONS)) {
      assertThat(line.evidence()).as(line.id()).isNotEmpty();
      line.evidence().forEach(e -> assertThat(e.source()).as(line.id()).isNotBlank());
    }
  }

  @Test
  void aTradeMeasureSuppliedByTheDependencyAnalysisSettlesTheKseClaim() {
    ExternalMeasure share =
        new ExternalMeasure(
            "dependency/RUS/microelectronics/CHN-share",
            "China's share of Russia's imports of HS 8541, 8542 and 8486",
            93.1,
            "%",
            ReportedDate.parse("2024"),
            "dependency analysis on trade data");
    ScorecardLine kse =
        Scorecard.evaluate(BuiltInCatalogue.seeds(), OPTIONS.withMeasures(List.of(share))).stream()
            .filter(l -> l.id().equals("kse-china-share"))
            .findFirst()
            .orElseThrow();
    assertThat(kse.status()).isEqualTo(Status.MET);
    assertThat(kse.evidence())
        .anyMatch(e -> e.source().equals("dependency analysis on trade data"));
  }
}
