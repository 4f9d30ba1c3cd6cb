package org.techsov.bench.localisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.localisation.Comparison;
import org.techsov.core.localisation.Level;
import org.techsov.core.localisation.LocalisationResult;
import org.techsov.core.localisation.LocalisationScorer;
import org.techsov.core.localisation.OperationPoints;
import org.techsov.core.localisation.PointsTable;
import org.techsov.core.localisation.RuleSetVersion;
import org.techsov.core.localisation.Schedule;
import org.techsov.core.localisation.ScoringMethod;
import org.techsov.core.localisation.ScoringOptions;
import org.techsov.core.reference.CountryCode;

/** Scoring a generated 100,000-item bill, with explanation, by points and by build-down. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class LocalisationBenchmark {
  static final int ITEMS = 100_000;
  static final LocalDate DATE = LocalDate.of(2026, 1, 1);
  static final ScoringOptions OPTIONS = new ScoringOptions(CurrencyTable.single("USD"), true);

  Bom bom;
  RuleSetVersion points;
  RuleSetVersion buildDown;

  @Setup
  public void setUp() {
    bom = BomGenerator.generate(1, ITEMS);
    points = rules(ScoringMethod.POINTS);
    buildDown = rules(ScoringMethod.BUILD_DOWN);
  }

  static RuleSetVersion rules(ScoringMethod method) {
    PointsTable table =
        new PointsTable(
            List.of(
                new OperationPoints("wafer_fabrication", 35, null, ""),
                new OperationPoints("die_packaging", 20, null, ""),
                new OperationPoints("design", 15, null, ""),
                new OperationPoints("testing", 15, null, ""),
                new OperationPoints("surface_mount_placement", 75, "8538", "")),
            List.of(),
            List.of());
    return new RuleSetVersion(
        LocalDate.of(2020, 1, 1),
        null,
        method,
        Set.of(CountryCode.of("RUS")),
        Schedule.constant(method == ScoringMethod.POINTS ? 50 : 40),
        Comparison.AT_LEAST,
        List.of(new Level("L1", Schedule.constant(30), "")),
        List.of(),
        table,
        true,
        null,
        true,
        "benchmark");
  }

  @Benchmark
  public LocalisationResult scorePoints() {
    return LocalisationScorer.score(bom, "bench", points, DATE, OPTIONS);
  }

  @Benchmark
  public LocalisationResult scoreBuildDownWithRollUp() {
    return LocalisationScorer.score(bom, "bench", buildDown, DATE, OPTIONS);
  }
}
