package org.techsov.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.forecast.ForecastShape;

class CatalogueValidationTest {
  @Test
  void catalogueWithAnUnsourcedObservationIsRejectedNamingTheItem() {
    Figure unsourced =
        new Figure(null, null, Quantity.of(42, "%"), ReportedDate.parse("2021"), null, null);
    Series s =
        new Series(
            "card-share",
            new Measure("Mir", "share", "%", ForecastShape.SHARE_RISING),
            null,
            null,
            List.of(Fixtures.figure(30, "%", "2020"), unsourced),
            List.of());
    assertThatThrownBy(
            () -> Fixtures.catalogue(List.of(Fixtures.programme("mir-cards", s)), List.of()))
        .isInstanceOf(TechsovException.class)
        .satisfies(
            e -> assertThat(((TechsovException) e).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
        .hasMessageContaining(
            "programme mir-cards, series card-share, observation 2: figure has no source; every figure needs a source and a quote");
  }

  @Test
  void factCitingAnUndeclaredSourceOrWithoutQuoteIsRejected() {
    Figure ghost =
        new Figure("f1", "label", Quantity.of(1, "x"), null, new Citation("nowhere", "q"), null);
    Figure mute =
        new Figure("f2", "label", Quantity.of(1, "x"), null, new Citation("src", " "), null);
    List<Problem> problems =
        CatalogueValidator.problems(
            List.of(Fixtures.SOURCE),
            List.of(ghost, mute),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "fact #1 f1: cites source 'nowhere', which the catalogue does not declare",
            "fact #2 f2: cites source 'src' without a quote");
  }

  @Test
  void technologyTargetWithoutSourceIsRejected() {
    Target t =
        new Target(
            "node-2030",
            "Government",
            "14 nm",
            Comparison.AT_MOST,
            new Figure(
                null,
                null,
                Quantity.of(14, "nm"),
                ReportedDate.parse("2030"),
                new Citation("", "q"),
                null),
            "process-node");
    List<Problem> problems =
        CatalogueValidator.problems(
            List.of(Fixtures.SOURCE),
            List.of(),
            List.of(Fixtures.microelectronics(List.of(t))),
            List.of(),
            List.of(),
            List.of());
    assertThat(problems)
        .extracting(Problem::item)
        .containsExactly("technology microelectronics, target node-2030");
  }

  @Test
  void claimsMustCiteAndReferToWhatExists() {
    Claim c =
        new Claim(
            "c1",
            "RUS",
            new Attribution("Someone", ReportedDate.parse("2022"), null),
            "a claim",
            new Check("nope/none", Comparison.AT_LEAST, 1, ReportedDate.parse("2023")),
            new EvidenceLinks(List.of("missing-figure"), List.of("dependency/RUS/x")));
    assertThat(
            CatalogueValidator.problems(
                List.of(Fixtures.SOURCE), List.of(), List.of(), List.of(), List.of(c), List.of()))
        .extracting(Problem::message)
        .containsExactly(
            "figure has no source; every figure needs a source and a quote",
            "checks 'nope/none', which is no programme/series in the catalogue",
            "cites evidence 'missing-figure', which is no figure id in the catalogue");
  }

  @Test
  void sharesOutsideTheWholeAndMismatchedUnitsAreRejected() {
    Series s = Fixtures.shareSeries("s", ForecastShape.SHARE_RISING, List.of(), "2020", 130);
    Series t =
        new Series(
            "t",
            new Measure("Mir", "cards", "mn cards", ForecastShape.LEVEL),
            null,
            null,
            List.of(Fixtures.figure(5, "%", "2020")),
            List.of());
    assertThat(
            CatalogueValidator.problems(
                List.of(Fixtures.SOURCE),
                List.of(),
                List.of(),
                List.of(Fixtures.programme("p", s, t)),
                List.of(),
                List.of()))
        .extracting(Problem::toString)
        .containsExactly(
            "programme p, series s, observation 1: a share must lie between 0 and 100",
            "programme p, series t, observation 1: unit '%' differs from the series unit 'mn cards'");
  }

  @Test
  void duplicateIdsAreRejected() {
    Series s = Fixtures.shareSeries("s", ForecastShape.SHARE_RISING, List.of());
    assertThat(
            CatalogueValidator.problems(
                List.of(Fixtures.SOURCE),
                List.of(Fixtures.fact("a", 1, "x", "2020"), Fixtures.fact("a", 2, "x", "2020")),
                List.of(),
                List.of(Fixtures.programme("p", s), Fixtures.programme("p", s)),
                List.of(),
                List.of()))
        .extracting(Problem::toString)
        .containsExactly(
            "fact #2 a: figure id 'a' is used twice; ids must be unique",
            "programme p: id 'p' is used twice");
  }

  @Test
  void mergingKeepsAnIdenticalSourceOnceAndLooksUpItems() {
    Catalogue a =
        Fixtures.catalogue(
            List.of(
                Fixtures.programme(
                    "a", Fixtures.shareSeries("s", ForecastShape.SHARE_RISING, List.of()))),
            List.of());
    Catalogue b =
        Fixtures.catalogue(
            List.of(
                Fixtures.programme(
                    "b", Fixtures.shareSeries("s", ForecastShape.SHARE_RISING, List.of()))),
            List.of());
    Catalogue merged = a.merge(b);
    assertThat(merged.sources()).hasSize(1);
    assertThat(merged.series("b/s")).isPresent();
    assertThatThrownBy(() -> merged.programme("c"))
        .hasMessage("no programme 'c' in the catalogue; known: a, b");
  }
}
