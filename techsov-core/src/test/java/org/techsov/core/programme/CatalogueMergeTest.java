package org.techsov.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.forecast.ForecastShape;

class CatalogueMergeTest {
  private static Programme programme(String id, double reading) {
    return Fixtures.programme(
        id, Fixtures.shareSeries("share", ForecastShape.SHARE_RISING, List.of(), "2021", reading));
  }

  @Test
  void anItemWithAStoredIdReplacesItInPlaceAndNewItemsAreAppended() {
    Catalogue stored =
        Fixtures.catalogue(List.of(programme("a", 10), programme("b", 20)), List.of());
    Catalogue incoming =
        Fixtures.catalogue(List.of(programme("c", 30), programme("a", 11)), List.of());
    Catalogue merged = CatalogueMerge.byId(stored, incoming);
    assertThat(merged.programmes()).extracting(Programme::id).containsExactly("a", "b", "c");
    assertThat(merged.programme("a").series().get(0).observations().get(0).value()).isEqualTo(11);
    assertThat(merged.sources()).containsExactly(Fixtures.SOURCE);
  }

  @Test
  void factsWithoutIdAreAppendedUnlessAnIdenticalOneIsStored() {
    Figure unnamed =
        new Figure(null, "a fact", Quantity.of(1, "%"), null, new Citation("src", "q"), null);
    Figure other =
        new Figure(null, "another", Quantity.of(2, "%"), null, new Citation("src", "q"), null);
    Catalogue stored =
        new Catalogue(
            List.of(Fixtures.SOURCE), List.of(unnamed), List.of(), List.of(), List.of(), List.of());
    Catalogue incoming =
        new Catalogue(
            List.of(Fixtures.SOURCE),
            List.of(unnamed, other),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThat(CatalogueMerge.byId(stored, incoming).facts()).containsExactly(unnamed, other);
  }

  @Test
  void observationsAreAppendedToTheNamedSeries() {
    Catalogue stored = Fixtures.catalogue(List.of(programme("a", 10)), List.of());
    Figure reading = Fixtures.figure(15, "%", "2022");
    Catalogue after =
        CatalogueMerge.withObservations(stored, "a", "share", List.of(reading), List.of());
    assertThat(after.programme("a").series("share").orElseThrow().observations())
        .extracting(Figure::value)
        .containsExactly(10.0, 15.0);
  }

  @Test
  void anUnknownSeriesIsNotFoundAndAnUnsourcedReadingIsRefused() {
    Catalogue stored = Fixtures.catalogue(List.of(programme("a", 10)), List.of());
    assertThatThrownBy(
            () ->
                CatalogueMerge.withObservations(
                    stored, "a", "users", List.of(Fixtures.figure(1, "%", "2022")), List.of()))
        .hasMessageContaining("programme a has no series 'users'; it has: share")
        .extracting(e -> ((TechsovException) e).code())
        .isEqualTo(ErrorCode.NO_DATA);
    Figure unsourced =
        new Figure(
            null,
            null,
            Quantity.of(1, "%"),
            ReportedDate.parse("2022"),
            new Citation("x", "q"),
            null);
    assertThatThrownBy(
            () ->
                CatalogueMerge.withObservations(
                    stored, "a", "share", List.of(unsourced), List.of()))
        .hasMessageContaining("cites source 'x', which the catalogue does not declare");
  }
}
