package org.techsov.cli.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.ingest.reference.ReferenceDataLoader;

class CountrySelectorTest {
  private static final ReferenceData REFERENCE = ReferenceDataLoader.builtIn();
  private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 1);
  private final CountrySelector selector = new CountrySelector(REFERENCE);

  private static Set<CountryCode> codes(String... alpha3) {
    return Set.of(List.of(alpha3).stream().map(CountryCode::of).toArray(CountryCode[]::new));
  }

  @Test
  void commonAlpha2CodesNameTheSameCountriesAsAlpha3() {
    assertThat(selector.select(List.of("US", "JP", "KR", "TW"), MARCH_2026, "--cut"))
        .isEqualTo(codes("USA", "JPN", "KOR", "TWN"));
  }

  @Test
  void everyCountryWithAnAlpha2CodeIsFoundByEitherCode() {
    for (Country c : REFERENCE.countries().all()) {
      if (!c.alpha2().isEmpty()) {
        assertThat(selector.select(List.of(c.alpha2()), MARCH_2026, "--cut"))
            .as(c.alpha2())
            .isEqualTo(Set.of(c.code()))
            .isEqualTo(selector.select(List.of(c.code().alpha3()), MARCH_2026, "--cut"));
      }
    }
  }

  @Test
  void blocsExpandToTheirMembersOnTheDateAndMixWithCodes() {
    Set<CountryCode> cut = selector.select(List.of("eu27", "us", "CHN"), MARCH_2026, "--cut");
    assertThat(cut).hasSize(27 + 2).contains(CountryCode.of("DEU"), CountryCode.of("USA"));
    assertThat(cut).doesNotContain(CountryCode.of("GBR"));
  }

  @Test
  void blocMembershipFollowsTheDate() {
    // South Korea joined the coalition on 2022-03-01, the first members on 2022-02-24
    Set<CountryCode> early = selector.select(List.of("COALITION"), LocalDate.of(2022, 2, 25), "x");
    Set<CountryCode> later = selector.select(List.of("COALITION"), LocalDate.of(2022, 3, 1), "x");
    assertThat(early).contains(CountryCode.of("USA")).doesNotContain(CountryCode.of("KOR"));
    assertThat(later).contains(CountryCode.of("KOR"), CountryCode.of("TWN"));
    assertThat(selector.select(List.of("COALITION"), LocalDate.of(2022, 1, 1), "x")).isEmpty();
  }

  @Test
  void ukAndEuAreAcceptedAsAliases() {
    assertThat(selector.select(List.of("UK"), MARCH_2026, "--cut")).isEqualTo(codes("GBR"));
    assertThat(selector.select(List.of("EU"), MARCH_2026, "--cut"))
        .isEqualTo(selector.select(List.of("EU27"), MARCH_2026, "--cut"));
  }

  @Test
  void everyUnknownEntryIsNamedInOneUserError() {
    assertThatThrownBy(
            () -> selector.select(List.of("US", "XX", "EU28", "ZZZ", "1A"), MARCH_2026, "--cut"))
        .isInstanceOfSatisfying(
            TechsovException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_COUNTRY))
        .hasMessageStartingWith("--cut: unknown countries or blocs 'XX', 'EU28', 'ZZZ', '1A'")
        .hasMessageContaining("COALITION");
  }
}
