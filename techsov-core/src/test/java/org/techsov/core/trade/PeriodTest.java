package org.techsov.core.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;

class PeriodTest {
  @Test
  void yearsSortBeforeTheirMonths() {
    assertThat(Period.ofYear(2022)).isLessThan(Period.ofMonth(2022, 1));
    assertThat(Period.ofMonth(2022, 2)).isLessThan(Period.ofMonth(2022, 11));
    assertThat(Period.ofMonth(2022, 2).toString()).isEqualTo("2022-02");
    assertThat(Period.ofYear(2022).isYear()).isTrue();
  }

  @Test
  void outOfRangePeriodsAreRefused() {
    assertThatThrownBy(() -> Period.ofMonth(2022, 13)).hasMessageContaining("month");
    assertThatThrownBy(() -> Period.ofMonth(2022, 0)).hasMessageContaining("month");
    assertThatThrownBy(() -> Period.ofYear(1800)).hasMessageContaining("year");
  }

  @Test
  void flowsRefuseNegativeOrNonFiniteValues() {
    CountryCode a = new CountryCode("AAA");
    CountryCode b = new CountryCode("BBB");
    HsCode p = new HsCode("854231");
    assertThatThrownBy(() -> new TradeFlow(Period.ofYear(2022), a, b, p, -1, Double.NaN, "t"))
        .hasMessageContaining("finite and >= 0");
    assertThatThrownBy(() -> new TradeFlow(Period.ofYear(2022), a, b, p, Double.NaN, 1, "t"))
        .hasMessageContaining("finite");
    assertThat(new TradeFlow(Period.ofYear(2022), a, b, p, 0, Double.NaN, null).hasQuantity())
        .isFalse();
  }
}
