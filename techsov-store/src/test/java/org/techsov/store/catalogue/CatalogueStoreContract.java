package org.techsov.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Citation;
import org.techsov.core.programme.Claim;
import org.techsov.core.programme.EvidenceLinks;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.Quantity;
import org.techsov.core.programme.ReportedDate;
import org.techsov.core.programme.Series;
import org.techsov.core.programme.Source;
import org.techsov.core.spi.CatalogueStore;
import org.techsov.core.spi.CatalogueStore.SaveMode;
import org.techsov.ingest.catalogue.BuiltInCatalogue;

/**
 * The contract of {@link CatalogueStore}, run against every implementation: round trip of the
 * built-in catalogue, replace and merge, order, atomicity of a failing save, and unknown ids.
 */
public abstract class CatalogueStoreContract {
  protected static final Catalogue ALL = BuiltInCatalogue.all();
  protected static final Catalogue SEEDS = BuiltInCatalogue.seeds();

  /** A store over an empty database, fresh for each test. */
  protected abstract CatalogueStore store();

  /**
   * A second store over the same database whose connection fails when a statement starting with
   * {@code sqlPrefix} is prepared.
   */
  protected abstract CatalogueStore storeFailingOn(String sqlPrefix);

  @Test
  void anEmptyStoreLoadsTheEmptyCatalogue() {
    CatalogueStore s = store();
    assertThat(s.isEmpty()).isTrue();
    assertThat(s.load()).isEqualTo(Catalogue.EMPTY);
    assertThat(s.programmes()).isEmpty();
  }

  @Test
  void theBuiltInCatalogueLoadsBackEqual() {
    CatalogueStore s = store();
    assertThat(s.save(ALL, SaveMode.REPLACE)).isEqualTo(ALL);
    assertThat(s.isEmpty()).isFalse();
    assertThat(s.load()).isEqualTo(ALL);
    assertThat(s.programmes()).isEqualTo(ALL.programmes());
    assertThat(s.technologies()).isEqualTo(ALL.technologies());
    assertThat(s.claims()).isEqualTo(ALL.claims());
    assertThat(s.programme("mir-cards")).isEqualTo(ALL.programme("mir-cards"));
  }

  @Test
  void replaceLeavesExactlyTheSavedCatalogue() {
    CatalogueStore s = store();
    s.save(ALL, SaveMode.REPLACE);
    s.save(BuiltInCatalogue.vendorReplacements(), SaveMode.REPLACE);
    assertThat(s.load()).isEqualTo(BuiltInCatalogue.vendorReplacements());
    assertThat(s.programmes()).isEmpty();
  }

  @Test
  void mergeAppendsNewItemsAfterTheStoredOnes() {
    CatalogueStore s = store();
    s.save(SEEDS, SaveMode.MERGE);
    Catalogue merged = s.save(BuiltInCatalogue.vendorReplacements(), SaveMode.MERGE);
    assertThat(merged).isEqualTo(ALL);
    assertThat(s.load()).isEqualTo(ALL);
  }

  @Test
  void mergeReplacesAnItemWithTheSameIdInPlace() {
    CatalogueStore s = store();
    s.save(ALL, SaveMode.REPLACE);
    Programme mir = ALL.programme("mir-cards");
    Programme renamed =
        new Programme(
            mir.id(), "Mir, renamed", mir.country(), mir.substitution(), mir.series(), null);
    Catalogue incoming =
        new Catalogue(ALL.sources(), List.of(), List.of(), List.of(renamed), List.of(), List.of());
    s.save(incoming, SaveMode.MERGE);
    Catalogue back = s.load();
    assertThat(back.programmes())
        .extracting(Programme::id)
        .isEqualTo(ALL.programmes().stream().map(Programme::id).toList());
    assertThat(back.programme("mir-cards").name()).isEqualTo("Mir, renamed");
    assertThat(back.programme("mir-cards").note()).isNull();
    assertThat(back.claims()).isEqualTo(ALL.claims());
    assertThat(back.sources()).isEqualTo(ALL.sources());
  }

  @Test
  void itemsObservationsAndEvidenceKeepTheOrderTheyWereSavedIn() {
    List<Programme> reversed = new ArrayList<>();
    for (Programme p : ALL.programmes()) {
      List<Series> series = new ArrayList<>();
      for (Series s : p.series()) {
        List<Figure> obs = new ArrayList<>(s.observations());
        Collections.reverse(obs);
        series.add(new Series(s.id(), s.measure(), s.launch(), s.marketBound(), obs, s.targets()));
      }
      Collections.reverse(series);
      reversed.add(
          new Programme(p.id(), p.name(), p.country(), p.substitution(), series, p.note()));
    }
    Collections.reverse(reversed);
    List<Claim> claims = new ArrayList<>();
    for (Claim c : ALL.claims()) {
      List<String> figures = new ArrayList<>(c.evidence().figures());
      Collections.reverse(figures);
      claims.add(
          new Claim(
              c.id(),
              c.country(),
              c.said(),
              c.statement(),
              c.check(),
              new EvidenceLinks(figures, c.evidence().measures())));
    }
    List<Source> sources = new ArrayList<>(ALL.sources());
    Collections.reverse(sources);
    Catalogue shuffled =
        new Catalogue(
            sources, ALL.facts(), ALL.technologies(), reversed, claims, ALL.replacements());
    CatalogueStore s = store();
    s.save(shuffled, SaveMode.REPLACE);
    assertThat(s.load()).isEqualTo(shuffled);
    assertThat(s.programmes().get(0).id()).isEqualTo(reversed.get(0).id());
  }

  @Test
  void aSaveThatFailsHalfWayChangesNothing() {
    CatalogueStore s = store();
    s.save(SEEDS, SaveMode.REPLACE);
    CatalogueStore failing = storeFailingOn("INSERT INTO cat_claim");
    assertThatThrownBy(() -> failing.save(ALL, SaveMode.REPLACE))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("injected failure");
    assertThat(s.load()).isEqualTo(SEEDS);
    assertThatThrownBy(() -> failing.save(BuiltInCatalogue.vendorReplacements(), SaveMode.MERGE))
        .hasMessageContaining("injected failure");
    assertThat(s.load()).isEqualTo(SEEDS);
    // and the store still takes a save afterwards
    s.save(ALL, SaveMode.REPLACE);
    assertThat(s.load()).isEqualTo(ALL);
  }

  @Test
  void aMergeWhoseResultIsInvalidIsRefusedAndChangesNothing() {
    CatalogueStore s = store();
    s.save(ALL, SaveMode.REPLACE);
    Programme mir = ALL.programme("mir-cards");
    // drops the series that stored claims check: the merged catalogue would dangle
    Programme thin =
        new Programme(mir.id(), mir.name(), mir.country(), mir.substitution(), List.of(), null);
    Catalogue incoming =
        new Catalogue(List.of(), List.of(), List.of(), List.of(thin), List.of(), List.of());
    assertThatThrownBy(() -> s.save(incoming, SaveMode.MERGE))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("which is no programme/series in the catalogue")
        .extracting(e -> ((TechsovException) e).code())
        .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    assertThat(s.load()).isEqualTo(ALL);
  }

  @Test
  void unknownIdsAreNotFoundAndNameTheKnownOnes() {
    CatalogueStore s = store();
    s.save(ALL, SaveMode.REPLACE);
    assertThatThrownBy(() -> s.programme("sbp-payments"))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("no programme 'sbp-payments'")
        .hasMessageContaining("mir-cards")
        .extracting(e -> ((TechsovException) e).code())
        .isEqualTo(ErrorCode.NO_DATA);
    assertThatThrownBy(
            () -> s.addObservations("sbp-payments", "share", List.of(reading(1)), List.of()))
        .extracting(e -> ((TechsovException) e).code())
        .isEqualTo(ErrorCode.NO_DATA);
    assertThatThrownBy(
            () -> s.addObservations("mir-cards", "no-such-series", List.of(reading(1)), List.of()))
        .hasMessageContaining("has no series 'no-such-series'")
        .hasMessageContaining("card-share")
        .extracting(e -> ((TechsovException) e).code())
        .isEqualTo(ErrorCode.NO_DATA);
    assertThat(s.load()).isEqualTo(ALL);
  }

  @Test
  void observationsAreAppendedToASeriesWithTheirNewSource() {
    CatalogueStore s = store();
    s.save(ALL, SaveMode.REPLACE);
    Source nspk =
        new Source("nspk-2024", "Annual report 2024", null, "NSPK", null, "https://nspk.ru");
    Figure reading =
        new Figure(
            null,
            null,
            Quantity.of(55.0, "%"),
            ReportedDate.parse("2024-12-31"),
            new Citation("nspk-2024", "55%"),
            null);
    Programme after = s.addObservations("mir-cards", "card-share", List.of(reading), List.of(nspk));
    List<Figure> obs = after.series("card-share").orElseThrow().observations();
    assertThat(obs.get(obs.size() - 1)).isEqualTo(reading);
    assertThat(s.programme("mir-cards")).isEqualTo(after);
    Catalogue back = s.load();
    assertThat(back.source("nspk-2024")).contains(nspk);
    assertThat(back.sources()).hasSize(ALL.sources().size() + 1);
  }

  @Test
  void anObservationCitingAnUndeclaredSourceIsRefusedAndChangesNothing() {
    CatalogueStore s = store();
    s.save(ALL, SaveMode.REPLACE);
    assertThatThrownBy(
            () -> s.addObservations("mir-cards", "card-share", List.of(reading(60)), List.of()))
        .hasMessageContaining("cites source 'ghost', which the catalogue does not declare");
    assertThat(s.load()).isEqualTo(ALL);
  }

  private static Figure reading(double value) {
    return new Figure(
        null,
        null,
        Quantity.of(value, "%"),
        ReportedDate.parse("2025"),
        new Citation("ghost", "quoted"),
        null);
  }
}
