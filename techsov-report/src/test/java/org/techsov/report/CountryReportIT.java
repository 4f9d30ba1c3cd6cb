package org.techsov.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.engine.dependency.DependencyEngine;
import org.techsov.ingest.baci.BaciImportOptions;
import org.techsov.ingest.baci.BaciImporter;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.store.duckdb.DuckDbImports;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;

class CountryReportIT {
  static final ReferenceData REFERENCE = ReferenceDataLoader.builtIn();
  @TempDir static Path dir;
  static DuckDbStore store;
  static CountryReport report;

  @BeforeAll
  static void buildASmallWorldAndItsReport() {
    WorldSpec spec = WorldSpec.demo().withYears(2020, 2023).withRows(30_000);
    GeneratedWorld world =
        new WorldGenerator(REFERENCE, spec)
            .write(dir.resolve("baci"), WriteOptions.plain(), ProgressListener.NONE);
    store = DuckDbStore.open(StoreOptions.defaults(dir.resolve("r.duckdb")));
    store.syncReference(REFERENCE);
    for (Path f : world.flowFiles()) {
      BaciImportOptions o = BaciImportOptions.of(f);
      new BaciImporter(store, REFERENCE)
          .run(
              new BaciImportOptions(
                  f,
                  Optional.of(world.countryCodes()),
                  Optional.of(world.productCodes()),
                  o.revision(),
                  dir.resolve(o.rejectFile()),
                  false,
                  0.05),
              ProgressListener.NONE);
    }
    ReportRequest r =
        ReportRequests.of(
            REFERENCE,
            "rus",
            new int[] {2020, 2023},
            2023,
            null,
            List.of(),
            List.of(),
            LocalDate.of(2024, 1, 1));
    report =
        CountryReport.build(
            new ReportInput(
                r,
                new DependencyEngine(store.connection()),
                REFERENCE,
                new DuckDbImports(store.connection()).all()),
            ReportSections.standard());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void theReportHasTheFourSectionsWithChartsAndNumbers() {
    assertThat(report.title()).startsWith("Russia (RUS)").endsWith("2023");
    assertThat(report.sections())
        .extracting(Section::title)
        .containsExactly(
            "Dependency by technology area", "Bloc shift", "Top suppliers", "Methods and sources");
    Section shift = report.sections().get(1);
    Block.Table years =
        (Block.Table)
            shift.blocks().stream().filter(b -> b instanceof Block.Table).findFirst().orElseThrow();
    assertThat(years.rows())
        .extracting(row -> row.get(0))
        .containsExactly("2020", "2021", "2022", "2023");
  }

  @Test
  void theHtmlReportIsOneSelfContainedFileWithSvgCharts() {
    String html = new String(ReportFormat.HTML.render(report), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>Bloc shift</h2>");
    assertThat(html.split("<svg", -1)).hasSize(4);
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http");
  }

  @Test
  void thePdfReportHasATitlePageAndOnePageOrMorePerSection() throws Exception {
    byte[] pdf = ReportFormat.PDF.render(report);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(5);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Dependency by technology area")
          .contains("Bloc shift")
          .contains("Top suppliers")
          .contains("Methods and sources")
          .contains("techsov dependency --importer RUS");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(report.title());
    }
  }

  @Test
  void unknownCountriesAreasAndBlocsAreRefused() {
    int[] years = {2020, 2023};
    assertThatThrownBy(
            () ->
                ReportRequests.of(REFERENCE, "XXX", years, null, null, List.of(), List.of(), null))
        .isInstanceOf(TechsovException.class);
    assertThatThrownBy(
            () ->
                ReportRequests.of(
                    REFERENCE, "RUS", years, null, null, List.of("nowhere"), List.of(), null))
        .isInstanceOf(TechsovException.class);
    assertThatThrownBy(
            () ->
                ReportRequests.of(REFERENCE, "RUS", years, 2019, 2021, List.of(), List.of(), null))
        .isInstanceOf(TechsovException.class);
    assertThat(ReportFormat.ofFileName("a.PDF")).isEqualTo(ReportFormat.PDF);
    assertThatThrownBy(() -> ReportFormat.ofFileName("a.docx"))
        .isInstanceOf(TechsovException.class);
  }
}
