package org.techsov.core.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.techsov.core.reference.CountryCode;

class DependencyRowTest {
  private static DependencyRow row(double value, Optional<Baseline> base) {
    return new DependencyRow(
        new CountryCode("RUS"),
        2023,
        new ProductGroup(GroupLevel.AREA, "chips"),
        value,
        2,
        0.5,
        List.of(),
        List.of(new BlocShare("CHN_HK", 90, 0.9)),
        base);
  }

  @Test
  void changeVersusBaselineIsRelative() {
    DependencyRow r = row(150, Optional.of(new Baseline(2021, 100, 0.3, List.of())));
    assertThat(r.valueChangeVsBaseline()).isCloseTo(0.5, within(1e-15));
    assertThat(r.equivalentSuppliers()).isEqualTo(2.0);
    assertThat(r.blocShare("chn_hk")).isEqualTo(0.9);
    assertThat(r.blocShare("EU27")).isNaN();
  }

  @Test
  void noBaselineOrAnEmptyOneGivesNoChange() {
    assertThat(row(150, Optional.empty()).valueChangeVsBaseline()).isNaN();
    assertThat(
            row(150, Optional.of(new Baseline(2021, 0, Double.NaN, List.of())))
                .valueChangeVsBaseline())
        .isNaN();
  }

  @Test
  void queriesCheckTheirOptions() {
    assertThatThrownBy(
            () ->
                new DependencyQuery(
                    List.of(),
                    2023,
                    2021,
                    GroupLevel.HS6,
                    List.of(),
                    List.of(),
                    List.of(),
                    LocalDate.of(2024, 1, 1),
                    OptionalInt.empty(),
                    3))
        .hasMessageContaining("after toYear");
    assertThatThrownBy(
            () ->
                new DependencyQuery(
                    List.of(),
                    2021,
                    2023,
                    GroupLevel.AREA,
                    List.of(),
                    List.of(),
                    List.of(),
                    LocalDate.of(2024, 1, 1),
                    OptionalInt.empty(),
                    3))
        .hasMessageContaining("at least one area");
  }
}
