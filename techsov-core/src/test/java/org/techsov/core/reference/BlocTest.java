package org.techsov.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlocTest {
  private static final CountryCode GBR = new CountryCode("GBR");
  private static final CountryCode FRA = new CountryCode("FRA");
  private final Bloc eu =
      new Bloc(
          "EU",
          "European Union",
          "treaties",
          List.of(
              new BlocMembership(FRA, LocalDate.of(1958, 1, 1), null),
              new BlocMembership(GBR, LocalDate.of(1973, 1, 1), LocalDate.of(2020, 2, 1))));

  @Test
  void membershipIsHalfOpen() {
    assertThat(eu.isMember(GBR, LocalDate.of(1973, 1, 1))).isTrue();
    assertThat(eu.isMember(GBR, LocalDate.of(2020, 1, 31))).isTrue();
    assertThat(eu.isMember(GBR, LocalDate.of(2020, 2, 1))).isFalse();
    assertThat(eu.isMember(GBR, LocalDate.of(1972, 12, 31))).isFalse();
  }

  @Test
  void membersOnADateAndEverMembers() {
    assertThat(eu.membersOn(LocalDate.of(2024, 1, 1))).containsExactly(FRA);
    assertThat(eu.membersOn(LocalDate.of(2000, 1, 1))).containsExactly(FRA, GBR);
    assertThat(eu.everMembers()).containsExactly(FRA, GBR);
  }

  @Test
  void aMembershipCannotEndBeforeItStarts() {
    assertThatThrownBy(
            () -> new BlocMembership(GBR, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)))
        .hasMessageContaining("ends");
  }

  @Test
  void areasContainTheCodesBelowThem() {
    TechnologyArea chips =
        new TechnologyArea("chips", "Chips", List.of(new HsCode("8542"), new HsCode("854110")));
    assertThat(chips.contains(new HsCode("854231"))).isTrue();
    assertThat(chips.contains(new HsCode("854110"))).isTrue();
    assertThat(chips.contains(new HsCode("854121"))).isFalse();
  }

  @Test
  void registriesRefuseDuplicatesAndNameUnknownCodes() {
    Country fr = new Country(FRA, "FR", 250, 251, "France", "Europe");
    Country fr2 = new Country(new CountryCode("FRX"), "", 251, 0, "Other", "Europe");
    CountryRegistry r = new CountryRegistry(List.of(fr, fr2));
    assertThat(r.byBaciCode(251)).contains(fr);
    assertThat(r.byKey(251)).contains(fr2);
    assertThatThrownBy(() -> r.require(GBR)).hasMessageContaining("unknown country code GBR");
    assertThatThrownBy(() -> new CountryRegistry(List.of(fr, fr)))
        .hasMessageContaining("duplicate country");
    assertThatThrownBy(() -> CountryCode.of("ru")).hasMessageContaining("not a country code");
    assertThat(CountryCode.of(" rus ")).isEqualTo(new CountryCode("RUS"));
  }
}
