package org.techsov.cli.support;

import java.util.Locale;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.Convention;
import org.techsov.core.complexity.PresenceTest;
import org.techsov.core.complexity.ProximityKind;
import org.techsov.core.complexity.ThresholdRule;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.TechsovException;
import picocli.CommandLine.Option;

/** The economic-complexity options shared by {@code complexity} and {@code feasibility}. */
public final class ComplexityFlags {
  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "hs6",
      description = "Products from stored flows as hs6 or hs4 (default ${DEFAULT-VALUE}).")
  String level;

  @Option(
      names = "--convention",
      paramLabel = "NAME",
      defaultValue = "py",
      description = {
        "Normalisation convention: py (py-ecomplexity, default), r (R economiccomplexity),",
        "stata (Stata ecomplexity: RCA > threshold, long-format sd) or py-0.5.2."
      })
  String convention;

  @Option(
      names = "--threshold",
      paramLabel = "X",
      description = "RCA (and RPOP) presence threshold (default 1).")
  Double threshold;

  @Option(
      names = "--proximity",
      paramLabel = "KIND",
      defaultValue = "symmetric",
      description = "symmetric (default), asymmetric or continuous.")
  String proximity;

  @Option(
      names = "--presence",
      paramLabel = "TEST",
      description = {
        "Presence test: rca (default), rpop or both (RCA or RPOP); the last two need",
        "--population (and rpop is the default when it is given)."
      })
  String presence;

  /** The product level of matrices built from stored flows. */
  public GroupLevel level() {
    return switch (level.trim().toLowerCase(Locale.ROOT)) {
      case "hs6" -> GroupLevel.HS6;
      case "hs4" -> GroupLevel.HS4;
      default ->
          throw TechsovException.invalidArgument("unknown level '" + level + "' (use hs6 or hs4)");
    };
  }

  /** The options of the computation; {@code withPopulation} when a population table is given. */
  public ComplexityOptions options(boolean withPopulation) {
    ComplexityOptions o = ComplexityOptions.of(convention());
    if (threshold != null) {
      if (!(threshold >= 0) || threshold.isInfinite()) {
        throw TechsovException.invalidArgument("--threshold must be a number >= 0");
      }
      o = o.withThresholds(threshold, threshold);
    }
    PresenceTest test = presence(withPopulation);
    if (test.usesPopulation() && !withPopulation) {
      throw TechsovException.invalidArgument(
          "--presence " + presence + " needs a population table (--population FILE)");
    }
    return o.withPresenceTest(test).withProximity(proximity());
  }

  /**
   * The options in words, as the flags name them: "convention py, RCA >= 1, symmetric proximity".
   */
  public static String describe(ComplexityOptions o) {
    String rule = o.thresholdRule() == ThresholdRule.ABOVE ? " > " : " >= ";
    String test =
        switch (o.presenceTest()) {
          case RCA -> "RCA" + rule + num(o.rcaThreshold());
          case RPOP -> "RPOP" + rule + num(o.rpopThreshold());
          case RCA_OR_RPOP ->
              "RCA" + rule + num(o.rcaThreshold()) + " or RPOP" + rule + num(o.rpopThreshold());
          case GIVEN -> "given presence";
        };
    String name =
        switch (o.convention()) {
          case PY_ECOMPLEXITY -> "py";
          case R_ECONOMICCOMPLEXITY -> "r";
          case STATA -> "stata";
          case PY_ECOMPLEXITY_0_5_2 -> "py-0.5.2";
        };
    return "convention "
        + name
        + ", "
        + test
        + ", "
        + o.proximity().name().toLowerCase(Locale.ROOT)
        + " proximity";
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private String conventionName() {
    return convention.trim().toLowerCase(Locale.ROOT);
  }

  private Convention convention() {
    return switch (conventionName()) {
      case "py" -> Convention.PY_ECOMPLEXITY;
      case "r" -> Convention.R_ECONOMICCOMPLEXITY;
      case "stata" -> Convention.STATA;
      case "py-0.5.2" -> Convention.PY_ECOMPLEXITY_0_5_2;
      default ->
          throw TechsovException.invalidArgument(
              "unknown convention '" + convention + "' (use py, r, stata or py-0.5.2)");
    };
  }

  private ProximityKind proximity() {
    return switch (proximity.trim().toLowerCase(Locale.ROOT)) {
      case "symmetric" -> ProximityKind.SYMMETRIC;
      case "asymmetric" -> ProximityKind.ASYMMETRIC;
      case "continuous" -> ProximityKind.CONTINUOUS;
      default ->
          throw TechsovException.invalidArgument(
              "unknown proximity '" + proximity + "' (use symmetric, asymmetric or continuous)");
    };
  }

  private PresenceTest presence(boolean withPopulation) {
    if (presence == null) {
      return withPopulation ? PresenceTest.RPOP : PresenceTest.RCA;
    }
    return switch (presence.trim().toLowerCase(Locale.ROOT)) {
      case "rca" -> PresenceTest.RCA;
      case "rpop" -> PresenceTest.RPOP;
      case "both" -> PresenceTest.RCA_OR_RPOP;
      default ->
          throw TechsovException.invalidArgument(
              "unknown presence test '" + presence + "' (use rca, rpop or both)");
    };
  }
}
