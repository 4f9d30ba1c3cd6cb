package org.techsov.cli.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.techsov.core.complexity.ComplexityOptions;
import org.techsov.core.complexity.Convention;
import org.techsov.core.complexity.PresenceTest;
import org.techsov.core.complexity.ProximityKind;
import org.techsov.core.complexity.ThresholdRule;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.TechsovException;

class ComplexityFlagsTest {
  private static ComplexityFlags flags(String convention, Double threshold, String proximity) {
    ComplexityFlags f = new ComplexityFlags();
    f.level = "hs6";
    f.convention = convention;
    f.threshold = threshold;
    f.proximity = proximity;
    return f;
  }

  @Test
  void defaultsArePyEcomplexitysOptions() {
    ComplexityOptions o = flags("py", null, "symmetric").options(false);
    assertThat(o).isEqualTo(ComplexityOptions.defaults());
    assertThat(ComplexityFlags.describe(o))
        .isEqualTo("convention py, RCA >= 1, symmetric proximity");
  }

  @Test
  void stataUsesAStrictThresholdAndTheThresholdAppliesToRcaAndRpop() {
    ComplexityOptions o = flags("STATA", 1.5, "asymmetric").options(false);
    assertThat(o.convention()).isEqualTo(Convention.STATA);
    assertThat(o.thresholdRule()).isEqualTo(ThresholdRule.ABOVE);
    assertThat(o.rcaThreshold()).isEqualTo(1.5);
    assertThat(o.rpopThreshold()).isEqualTo(1.5);
    assertThat(o.proximity()).isEqualTo(ProximityKind.ASYMMETRIC);
    assertThat(ComplexityFlags.describe(o))
        .isEqualTo("convention stata, RCA > 1.5, asymmetric proximity");
  }

  @Test
  void aPopulationTableMakesRpopTheDefaultPresenceTest() {
    ComplexityFlags f = flags("r", null, "continuous");
    assertThat(f.options(true).presenceTest()).isEqualTo(PresenceTest.RPOP);
    f.presence = "both";
    assertThat(ComplexityFlags.describe(f.options(true)))
        .isEqualTo("convention r, RCA >= 1 or RPOP >= 1, continuous proximity");
    assertThatThrownBy(() -> f.options(false))
        .hasMessage("--presence both needs a population table (--population FILE)");
  }

  @Test
  void unknownNamesAreUserErrorsListingTheChoices() {
    assertThatThrownBy(() -> flags("matlab", null, "symmetric").options(false))
        .isInstanceOf(TechsovException.class)
        .hasMessage("unknown convention 'matlab' (use py, r, stata or py-0.5.2)");
    assertThatThrownBy(() -> flags("py", null, "cosine").options(false))
        .hasMessage("unknown proximity 'cosine' (use symmetric, asymmetric or continuous)");
    assertThatThrownBy(() -> flags("py", -1.0, "symmetric").options(false))
        .hasMessage("--threshold must be a number >= 0");
    ComplexityFlags f = flags("py-0.5.2", null, "symmetric");
    assertThat(f.options(false).convention()).isEqualTo(Convention.PY_ECOMPLEXITY_0_5_2);
    f.level = "HS4";
    assertThat(f.level()).isEqualTo(GroupLevel.HS4);
  }
}
