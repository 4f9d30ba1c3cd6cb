package org.techsov.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.TechsovException;

class ReportedDateTest {
  @Test
  void parsesEveryPrecisionAndPrintsItBack() {
    for (String text :
        new String[] {"2021-06-15", "2021-06", "2021-Q4", "2023-H1", "2021", "2026/2028"}) {
      assertThat(ReportedDate.parse(text).toString()).isEqualTo(text);
    }
    ReportedDate q4 = ReportedDate.parse("2021-Q4");
    assertThat(q4.first()).isEqualTo(LocalDate.of(2021, 10, 1));
    assertThat(q4.last()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(ReportedDate.parse("2023-H1").last()).isEqualTo(LocalDate.of(2023, 6, 30));
  }

  @Test
  void aYearIsFittedAtMidYearAndExpiresAtItsEnd() {
    ReportedDate year = ReportedDate.parse("2023");
    assertThat(year.midpoint()).isCloseTo(2023.5, within(1e-12));
    assertThat(year.end()).isEqualTo(2024.0);
    assertThat(ReportedDate.parse("2026/2028").spanYears()).isCloseTo(3, within(1e-12));
    // 15 June 2021 is day 166 of 365: the middle of the day is (165 + 0.5) / 365
    assertThat(ReportedDate.parse("2021-06-15").midpoint())
        .isCloseTo(2021 + 165.5 / 365, within(1e-9));
  }

  @Test
  void rejectsTextThatIsNoDate() {
    assertThatThrownBy(() -> ReportedDate.parse("late 2025"))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("not a date: 'late 2025'");
    assertThatThrownBy(() -> ReportedDate.parse("2021-13")).hasMessageContaining("not a date");
    assertThatThrownBy(() -> ReportedDate.parse("2028/2026"))
        .hasMessageContaining("ends before it starts");
  }

  @Test
  void everyFormPrintsAsItParsesAndSpansItsPeriod() {
    qt().forAll(
            integers().between(1900, 2150), integers().between(1, 12), integers().between(1, 28))
        .checkAssert(
            (year, month, day) -> {
              String[] forms = {
                String.format("%d-%02d-%02d", year, month, day),
                String.format("%d-%02d", year, month),
                year + "-Q" + ((month - 1) / 3 + 1),
                year + "-H" + ((month - 1) / 6 + 1),
                Integer.toString(year),
                year + "/" + (year + day % 4)
              };
              for (String form : forms) {
                ReportedDate d = ReportedDate.parse(form);
                assertThat(d.toString()).isEqualTo(form);
                assertThat(d.midpoint()).isBetween(d.end() - d.spanYears(), d.end());
              }
            });
  }
}
