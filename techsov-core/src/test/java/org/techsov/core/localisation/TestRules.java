package org.techsov.core.localisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.reference.CountryCode;

/** Terse rule-set versions for tests. */
final class TestRules {
  static final LocalDate START = LocalDate.of(2020, 1, 1);
  static final ScoringOptions USD = new ScoringOptions(CurrencyTable.single("USD"), true);

  private ScoringMethod method = ScoringMethod.POINTS;
  private Set<CountryCode> territory = Set.of(CountryCode.of("RUS"));
  private Schedule threshold;
  private Comparison comparison = Comparison.AT_LEAST;
  private final List<Level> levels = new ArrayList<>();
  private final List<MandatoryCondition> mandatory = new ArrayList<>();
  private final List<OperationPoints> ops = new ArrayList<>();
  private final List<ComponentPoints> components = new ArrayList<>();
  private final List<Multiplier> multipliers = new ArrayList<>();
  private boolean rollUp;

  static TestRules points() {
    return new TestRules();
  }

  static TestRules valueShare(ScoringMethod method, String... territory) {
    TestRules r = new TestRules();
    r.method = method;
    r.territory(territory);
    return r;
  }

  TestRules territory(String... codes) {
    Set<CountryCode> t = new java.util.HashSet<>();
    for (String c : codes) {
      t.add(CountryCode.of(c));
    }
    territory = t;
    return this;
  }

  TestRules threshold(double value) {
    threshold = Schedule.constant(value);
    return this;
  }

  TestRules threshold(Schedule schedule) {
    threshold = schedule;
    return this;
  }

  TestRules strictly() {
    comparison = Comparison.GREATER_THAN;
    return this;
  }

  TestRules level(String name, double min) {
    levels.add(new Level(name, Schedule.constant(min), ""));
    return this;
  }

  TestRules op(String op, double points) {
    ops.add(new OperationPoints(op, points, null, ""));
    return this;
  }

  TestRules opOn(String op, double points, String hsPrefix) {
    ops.add(new OperationPoints(op, points, hsPrefix, ""));
    return this;
  }

  TestRules component(String label, String hs, double points) {
    components.add(new ComponentPoints(label, hs, points, true, ""));
    return this;
  }

  TestRules multiplier(String attestation, double factor) {
    multipliers.add(new Multiplier(attestation, factor, ""));
    return this;
  }

  TestRules mandatory(ConditionKind kind, String argument, double limit) {
    mandatory.add(new MandatoryCondition(kind.name().toLowerCase(), kind, argument, limit, ""));
    return this;
  }

  TestRules rollUp() {
    rollUp = true;
    return this;
  }

  RuleSetVersion version() {
    return new RuleSetVersion(
        START,
        null,
        method,
        territory,
        threshold,
        comparison,
        levels,
        mandatory,
        new PointsTable(ops, components, multipliers),
        rollUp,
        null,
        false,
        "");
  }

  RuleSet ruleSet() {
    return new RuleSet("test", "test", "", List.of(version()));
  }

  LocalisationResult score(Bom bom, LocalDate date) {
    return LocalisationScorer.score(bom, ruleSet(), date, USD);
  }

  LocalisationResult score(Bom bom) {
    return score(bom, LocalDate.of(2026, 1, 1));
  }
}
