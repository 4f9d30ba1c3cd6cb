package org.techsov.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReproductionTest {
  private static Reproduction series() {
    return new Reproduction("techsov circumvention")
        .put("target", "target", "RUS")
        .put("blocDate", "bloc-date", "2022-03-01")
        .put("goods", "goods", "chpl,8542")
        .putApiOnly("hub", "TUR")
        .putApiOnly("group", "tier 2");
  }

  @Test
  void theCommandUsesTheOptionNamesAndQuotesWhatTheShellWouldSplit() {
    assertThat(series().cli("--series " + Reproduction.quote("TUR:tier 2"), "--format csv"))
        .isEqualTo(
            "techsov circumvention --target RUS --bloc-date 2022-03-01 --goods chpl,8542"
                + " --series 'TUR:tier 2' --format csv");
    assertThat(Reproduction.quote("it's")).isEqualTo("'it'\\''s'");
    assertThat(Reproduction.quote("eu-restricted@2022-10-07"))
        .isEqualTo("eu-restricted@2022-10-07");
  }

  @Test
  void theAddressUsesTheParameterNamesAndEncodesValues() {
    Reproduction r = series();
    assertThat(r.api("/api/circumvention/series", "json"))
        .isEqualTo(
            "/api/circumvention/series?target=RUS&blocDate=2022-03-01&goods=chpl,8542&hub=TUR"
                + "&group=tier%202");
    assertThat(r.api("/api/circumvention/series", "csv")).endsWith("&group=tier%202&format=csv");
    assertThat(r.key("/p")).isEqualTo(r.api("/p", "json"));
  }

  @Test
  void theThreeWaysOfGettingTheFiguresAgree() {
    DependencyResult.Reproduce how = series().reproduce("/api/x", "--format csv");
    assertThat(how.cli()).endsWith("--format csv").doesNotContain("--hub");
    assertThat(how.csv()).isEqualTo(how.api() + "&format=csv");
  }
}
