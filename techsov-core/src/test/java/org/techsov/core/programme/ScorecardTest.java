package org.techsov.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.forecast.ForecastShape;

class ScorecardTest {
  private static final ScorecardOptions OPTIONS =
      new ScorecardOptions(LocalDate.of(2024, 6, 30), null, List.of(), 100, 5);

  @Test
  void targetsAreClassifiedWithTheirEvidenceAndSources() {
    Series share =
        Fixtures.shareSeries(
            "share",
            ForecastShape.SHARE_RISING,
            List.of(
                Fixtures.target("met-2022", Comparison.AT_LEAST, 25, "%", "2022"),
                Fixtures.target("by-2030", Comparison.AT_LEAST, 60, "%", "2030")),
            "2017",
            5,
            "2018",
            10,
            "2019",
            17,
            "2020",
            26,
            "2021",
            37,
            "2022",
            49,
            "2023",
            60);
    Catalogue c = Fixtures.catalogue(List.of(Fixtures.programme("mir", share)), List.of());
    List<ScorecardLine> lines = Scorecard.evaluate(c, OPTIONS);
    assertThat(lines)
        .extracting(ScorecardLine::id)
        .containsExactly("mir/share/met-2022", "mir/share/by-2030");
    assertThat(lines.get(0).status()).isEqualTo(Status.MET);
    assertThat(lines.get(0).reason()).isEqualTo("reached: 26% (2020), target >= 25 by 2022");
    assertThat(lines.get(0).evidence().get(1).source())
        .isEqualTo("A report, A Publisher, 2024-02, https://example.org/report");
    // 60% already reached in 2023, before the 2030 deadline
    assertThat(lines.get(1).status()).isEqualTo(Status.MET);
  }

  @Test
  void futureTargetUsesTheForecast() {
    // log-odds rising about 0.5 a year through 50% in 2022: 90% (log-odds 2.2) comes around 2026
    Series share =
        Fixtures.shareSeries(
            "share",
            ForecastShape.SHARE_RISING,
            List.of(
                Fixtures.target("by-2030", Comparison.AT_LEAST, 90, "%", "2030"),
                Fixtures.target("by-2024", Comparison.AT_LEAST, 99, "%", "2024")),
            "2017",
            7.6,
            "2018",
            11.9,
            "2019",
            18.2,
            "2020",
            26.9,
            "2021",
            37.8,
            "2022",
            50);
    List<ScorecardLine> lines =
        Scorecard.evaluate(
            Fixtures.catalogue(List.of(Fixtures.programme("mir", share)), List.of()), OPTIONS);
    assertThat(lines.get(0).status()).isEqualTo(Status.ON_TRACK);
    assertThat(lines.get(0).reason())
        .contains("logistic forecast gives a 100% chance of >= 90 by 2030");
    assertThat(lines.get(1).status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void claimsAreCheckedAgainstSuppliedTradeMeasuresOrSayWhatIsMissing() {
    Claim kse =
        new Claim(
            "china-share",
            "RUS",
            new Attribution("KSE", ReportedDate.parse("2025"), new Citation("src", "over 90%")),
            "China supplies over 90% of microelectronics imports",
            new Check(
                "measure:dependency/RUS/microelectronics/CHN-share",
                Comparison.AT_LEAST,
                90,
                ReportedDate.parse("2025")),
            new EvidenceLinks(List.of(), List.of("dependency/RUS/microelectronics/CHN-share")));
    Catalogue c = Fixtures.catalogue(List.of(), List.of(kse));
    ScorecardLine without = Scorecard.evaluate(c, OPTIONS).get(0);
    assertThat(without.status()).isEqualTo(Status.NOT_MEASURABLE);
    assertThat(without.reason())
        .contains("needs measure 'dependency/RUS/microelectronics/CHN-share'");
    ExternalMeasure share =
        new ExternalMeasure(
            "dependency/RUS/microelectronics/CHN-share",
            "China's share of RUS imports of HS 8542",
            87.5,
            "%",
            ReportedDate.parse("2024"),
            "dependency analysis, BACI");
    ScorecardLine with = Scorecard.evaluate(c, OPTIONS.withMeasures(List.of(share))).get(0);
    assertThat(with.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(with.reason())
        .isEqualTo("China's share of RUS imports of HS 8542: 87.5 % (2024), claim >= 90");
    assertThat(with.evidence())
        .extracting(EvidenceItem::source)
        .contains("dependency analysis, BACI");
  }

  @Test
  void processNodeTargetAheadIsJudgedByTheNeededPace() {
    Technology t =
        Fixtures.microelectronics(
            List.of(
                new Target(
                    "node-2030",
                    "Government",
                    "14 nm by 2030",
                    Comparison.AT_MOST,
                    Fixtures.figure(14, "nm", "2030"),
                    "process-node")));
    Catalogue c =
        new Catalogue(
            List.of(Fixtures.SOURCE), List.of(), List.of(t), List.of(), List.of(), List.of());
    ScorecardLine line =
        Scorecard.evaluate(
                c, new ScorecardOptions(LocalDate.of(2026, 3, 1), "RUS", List.of(), 100, 1))
            .get(0);
    assertThat(line.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(line.reason())
        .startsWith(
            "needs 5.2 node generations (90 to 14 nm) in 5.0 years, 1.05 a year: 2.1x the frontier's historic 0.51 a year");
  }

  @Test
  void countryFilterDropsOtherCountries() {
    Catalogue c =
        Fixtures.catalogue(
            List.of(
                Fixtures.programme(
                    "mir",
                    Fixtures.shareSeries(
                        "s",
                        ForecastShape.SHARE_RISING,
                        List.of(Fixtures.target("t", Comparison.AT_LEAST, 1, "%", "2020"))))),
            List.of());
    assertThat(Scorecard.evaluate(c, OPTIONS.withCountry("IND"))).isEmpty();
    assertThat(Scorecard.evaluate(c, OPTIONS.withCountry("rus"))).hasSize(1);
  }
}
