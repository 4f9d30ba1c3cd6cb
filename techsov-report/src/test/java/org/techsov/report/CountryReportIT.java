package org.techsov.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.techsov.core.reference.HsRevision;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.baci.BaciImportOptions;
import org.techsov.ingest.baci.BaciImporter;
import org.techsov.ingest.catalogue.BuiltInCatalogue;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.ingest.reported.ReadingContext;
import org.techsov.ingest.reported.ReadingOptions;
import org.techsov.ingest.reported.ReportedImports;
import org.techsov.ingest.rows.RowImportOptions;
import org.techsov.store.duckdb.DuckDbImports;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.synth.GeneratedMonthly;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.MonthlyOptions;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;

class CountryReportIT {
  static final ReferenceData REFERENCE = ReferenceDataLoader.builtIn();
  @TempDir static Path dir;
  static DuckDbStore store;
  static CountryReport report;

  @BeforeAll
  static void buildASmallWorldAndItsReport() throws Exception {
    WorldSpec spec = WorldSpec.demo().withYears(2020, 2023).withRows(30_000);
    GeneratedWorld world =
        new WorldGenerator(REFERENCE, spec)
            .write(dir.resolve("baci"), WriteOptions.plain(), ProgressListener.NONE);
    Path file = dir.resolve("r.duckdb");
    try (DuckDbStore yearly = DuckDbStore.open(StoreOptions.defaults(file))) {
      yearly.syncReference(REFERENCE);
      for (Path f : world.flowFiles()) {
        BaciImportOptions o = BaciImportOptions.of(f);
        new BaciImporter(yearly, REFERENCE)
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
    }
    Files.copy(file, dir.resolve("yearly-only.duckdb"));
    store = DuckDbStore.open(StoreOptions.defaults(file));
    loadMonthly(spec);
    report = build(store, "rus", List.of());
  }

  /** The monthly reported flows and shipments of the small world, as the demo loads them. */
  private static void loadMonthly(WorldSpec spec) {
    GeneratedMonthly m =
        new WorldGenerator(REFERENCE, spec)
            .writeMonthly(
                dir.resolve("monthly"), MonthlyOptions.around(spec), ProgressListener.NONE);
    ReadingContext context =
        ReadingContext.of(
            new ReadingOptions(
                Optional.empty(),
                Optional.empty(),
                Optional.of(HsRevision.HS2022),
                Optional.empty()));
    for (Path f : m.flowFiles()) {
      RowImportOptions o = RowImportOptions.of(f);
      new ReportedImports(store, REFERENCE)
          .run(
              ReportedImports.Format.COMTRADE,
              context,
              o.withRejectFile(dir.resolve(o.rejectFile())),
              ProgressListener.NONE);
    }
  }

  static CountryReport build(DuckDbStore on, String country, List<String> blocs) {
    ReportRequest r =
        ReportRequests.of(
            REFERENCE,
            country,
            new int[] {2020, 2023},
            2023,
            null,
            List.of(),
            blocs,
            LocalDate.of(2024, 1, 1));
    return CountryReport.build(
        new ReportInput(
            r,
            on.connection(),
            REFERENCE,
            new DuckDbImports(on.connection()).all(),
            BuiltInCatalogue.seeds()),
        ReportSections.standard());
  }

  static Section section(CountryReport report, String title) {
    return report.sections().stream()
        .filter(s -> s.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  static List<Block.Table> tables(Section s) {
    return s.blocks().stream()
        .filter(b -> b instanceof Block.Table)
        .map(b -> (Block.Table) b)
        .toList();
  }

  static String text(Section s) {
    StringBuilder sb = new StringBuilder();
    for (Block b : s.blocks()) {
      if (b instanceof Block.Paragraph p) {
        sb.append(p.text()).append('\n');
      }
    }
    return sb.toString();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void theReportHasASectionForEveryAnalysisWithChartsAndNumbers() {
    assertThat(report.title()).startsWith("Russia (RUS)").endsWith("2023");
    assertThat(report.sections())
        .extracting(Section::title)
        .containsExactly(
            "Dependency by technology area",
            "Bloc shift",
            "Top suppliers",
            "Parallel imports",
            "Import substitution",
            "Substitution programmes",
            "Targets and claims against the evidence",
            "Methods and sources");
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
    assertThat(html.split("<svg", -1)).hasSize(7);
    assertThat(html).contains("<h2>Parallel imports</h2>").contains("<h2>Import substitution</h2>");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http");
  }

  @Test
  void thePdfReportHasATitlePageAndOnePageOrMorePerSection() throws Exception {
    byte[] pdf = ReportFormat.PDF.render(report);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(9);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Dependency by technology area")
          .contains("Bloc shift")
          .contains("Top suppliers")
          .contains("Parallel imports")
          .contains("Import substitution")
          .contains("Substitution programmes")
          .contains("Targets and claims against the evidence")
          .contains("techsov circumvention --target RUS --bloc COALITION --since 2022-02")
          .contains("Methods and sources")
          .contains("techsov dependency --importer RUS");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(report.title());
    }
  }

  @Test
  void parallelImportsListTheHubsOfTheCountryAsTargetAfterItsFirstSanction() {
    Section s = section(report, "Parallel imports");
    assertThat(text(s))
        .contains("us-bis-2022-02-24")
        .contains("months 2022-03..2023-12 against 2021 (same months)")
        .contains(
            "techsov circumvention --target RUS --bloc COALITION --since 2022-02 --goods chpl");
    Block.Table hubs = tables(s).get(0);
    assertThat(hubs.head()).startsWith("hub", "before", "after", "ratio", "DiD [95% CI]", "q");
    assertThat(hubs.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    assertThat(hubs.rows()).extracting(row -> row.get(0)).doesNotContain("RUS");
    assertThat(s.blocks()).anyMatch(b -> b instanceof Block.Chart);
  }

  @Test
  void importSubstitutionListsTheClosestCandidatesAndThoseOutOfReach() {
    Section s = section(report, "Import substitution");
    assertThat(text(s)).contains("CHN_HK, the bloc it buys the most from");
    List<Block.Table> t = tables(s);
    assertThat(t).hasSize(2);
    assertThat(t.get(0).rows()).isNotEmpty();
    assertThat(t.get(0).rows().get(0).get(0)).isEqualTo("1");
    double best = Double.parseDouble(t.get(0).rows().get(0).get(2));
    double farthest = Double.parseDouble(t.get(1).rows().get(0).get(2));
    assertThat(farthest).isLessThanOrEqualTo(best);
  }

  @Test
  void programmesAndTheScorecardGiveStatusLinesWithSources() {
    Section programmes = section(report, "Substitution programmes");
    List<Block.Table> pt = tables(programmes);
    assertThat(pt.get(0).head())
        .containsExactly("series", "latest", "as of", "target", "by", "status", "P(met)");
    assertThat(pt.get(0).rows())
        .extracting(row -> row.get(0))
        .contains("mir-cards/card-share", "mir-cards/payments-share");
    assertThat(pt.get(0).rows())
        .filteredOn(row -> row.get(0).equals("mir-cards/payments-share"))
        .extracting(row -> row.get(5))
        .containsExactly("met");
    assertThat(text(programmes))
        .contains("Target: raise Mir's share of card payments")
        .contains("(source socialbites-2023)");
    assertThat(pt.get(1).head()).containsExactly("source", "title");
    assertThat(pt.get(1).rows()).isNotEmpty();
    Section card = section(report, "Targets and claims against the evidence");
    Block.Table lines = tables(card).get(0);
    assertThat(lines.rows()).isNotEmpty();
    assertThat(lines.rows())
        .extracting(row -> row.get(0))
        .allMatch(st -> List.of("met", "on track", "off track", "not measurable").contains(st));
    assertThat(lines.rows()).anyMatch(row -> Integer.parseInt(row.get(2)) > 0);
    assertThat(text(card)).contains(" Why: ").contains(" Sources: ");
    assertThat(text(card)).contains("techsov scorecard --country RUS --as-of 2024-01-01");
  }

  @Test
  void aCountryWithoutSanctionsOrProgrammesGetsSectionsSayingSo() {
    CountryReport deu = build(store, "DEU", List.of());
    assertThat(text(section(deu, "Parallel imports")))
        .contains("No sanction event in the reference data targets DEU");
    assertThat(text(section(deu, "Substitution programmes")))
        .contains("no substitution programme of DEU");
    assertThat(text(section(deu, "Targets and claims against the evidence")))
        .contains("no target or claim about DEU");
  }

  @Test
  void aStoreWithoutMonthlyFlowsSaysParallelImportsCannotBeAssessed() {
    try (DuckDbStore yearly =
        DuckDbStore.open(StoreOptions.defaults(dir.resolve("yearly-only.duckdb")))) {
      CountryReport r = build(yearly, "RUS", List.of());
      assertThat(text(section(r, "Parallel imports")))
          .contains("cannot be assessed on this store")
          .contains("techsov ingest comext|comtrade");
      assertThat(tables(section(r, "Import substitution"))).hasSize(2);
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
