package org.techsov.ingest.reported;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.trade.FlowDirection;
import org.techsov.core.trade.ProductLevel;
import org.techsov.core.trade.ReportedFlow;
import org.techsov.ingest.baci.ImportOutcome;
import org.techsov.ingest.baci.RejectedRow;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.ingest.rows.RowImportOptions;
import org.techsov.testkit.SharedData;

class ComextReadingTest {
  private static final String HEADER =
      "product_code,product_level,reporter_iso3,partner_iso3,period,value_eur\n";
  @TempDir Path dir;
  final FakeStore store = new FakeStore();

  private ImportOutcome load(String name, String body, ReadingOptions reading) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, body);
    return new ReportedImports(store, ReferenceDataLoader.builtIn())
        .run(
            ReportedImports.Format.COMEXT,
            ReadingContext.of(reading.withFlow(FlowDirection.EXPORT)),
            RowImportOptions.of(f)
                .withRejectFile(dir.resolve(name + ".rejects.csv"))
                .withMaxRejectRate(1),
            ProgressListener.NONE);
  }

  private static String reason(ImportOutcome o, long line) {
    return o.rejects().stream()
        .filter(r -> r.line() == line)
        .map(RejectedRow::reason)
        .findFirst()
        .orElse("");
  }

  @Test
  void euroValuesAreConvertedAtTheirMonthsRateAndCodesKeepTheirLevel() throws IOException {
    ImportOutcome o =
        load(
            "a.csv",
            HEADER + "85423111,CN8,DEU,ARM,2022-02,1000\n8542,HS4,DEU,ARM,2022-02,1500\n",
            ReadingOptions.defaults());
    assertThat(o.record().rowsRead()).isEqualTo(2);
    assertThat(o.record().rowsStored()).isEqualTo(2);
    ReportedFlow cn8 = store.flows.get(0);
    // February 2022: 1.1349 US dollars per euro (Federal Reserve H.10 monthly average)
    assertThat(cn8.valueUsd()).isCloseTo(1134.9, within(1e-9));
    assertThat(cn8.level()).isEqualTo(ProductLevel.CN8);
    assertThat(cn8.hs6()).isEqualTo(854231);
    assertThat(cn8.revision()).isEqualTo(HsRevision.HS2022);
    assertThat(store.flows.get(1).level()).isEqualTo(ProductLevel.HS4);
    assertThat(store.flows.get(1).hs6()).isEqualTo(-1);
    assertThat(o.record().note())
        .contains("EUR converted to USD at monthly average rates, 2022-02..2022-02");
  }

  @Test
  void mixedCurrenciesAreEachConvertedAndUnknownOnesRefused() throws IOException {
    ImportOutcome o =
        load(
            "b.csv",
            "product_code,reporter_iso3,partner_iso3,period,value,currency\n"
                + "85423111,DEU,ARM,2022-02,1000,EUR\n"
                + "85423111,FRA,ARM,2022-02,1000,USD\n"
                + "85423111,ITA,ARM,2022-02,1000,GBP\n",
            ReadingOptions.defaults());
    assertThat(store.flows).extracting(ReportedFlow::valueUsd).containsExactly(1134.9, 1000.0);
    assertThat(reason(o, 4)).contains("no GBP/USD rate for 2022-02").contains("--rates FILE");
  }

  @Test
  void monthsWithoutARateAreRefusedWithTheTablesCoverage() throws IOException {
    ImportOutcome o =
        load("c.csv", HEADER + "85423111,CN8,DEU,ARM,2024-05,10\n", ReadingOptions.defaults());
    assertThat(reason(o, 2)).contains("no EUR/USD rate for 2024-05").contains("2015-01..2023-11");
  }

  @Test
  void confidentialMarkersAndNegativeCorrectionsAreRefusedWithTheirReason() throws IOException {
    ImportOutcome o =
        load(
            "d.csv",
            HEADER
                + "85423111,CN8,DEU,ARM,2022-02,:c\n"
                + "8542XXXX,CN8,DEU,ARM,2022-02,50\n"
                + "85423111,CN8,FRA,ARM,2022-02,-120\n"
                + "85423111,CN8,ITA,ARM,2022-02,:\n"
                + "85423111,CN8,ESP,EU27_2020,2022-02,5\n",
            ReadingOptions.defaults());
    assertThat(o.record().rowsStored()).isZero();
    assertThat(o.record().rowsRejected()).isEqualTo(5);
    assertThat(reason(o, 2)).contains("confidential").contains("not zero");
    assertThat(reason(o, 3)).contains("confidential product code");
    assertThat(reason(o, 4)).contains("negative value").contains("not netted");
    assertThat(reason(o, 5)).contains("not available");
    assertThat(reason(o, 6)).contains("aggregate partner EU27_2020");
    // confidential cells and aggregate partners are written on purpose, not errors
    assertThat(o.record().note()).contains("3 aggregate or breakdown rows not stored");
  }

  @Test
  void olderRevisionsNeedTheConcordanceAndThenCompareAsHs2022() throws IOException {
    String body = HEADER + "88033000,CN8,DEU,ARM,2021-05,10\n88073000,CN8,DEU,ARM,2022-05,10\n";
    ImportOutcome without = load("e.csv", body, ReadingOptions.defaults());
    assertThat(reason(without, 2))
        .contains("HS2017 code cannot be compared")
        .contains("--concordance");
    store.flows.clear();
    Path concordance = SharedData.file("hs-concordance/HS_consolidated_comtrade_concordances.csv");
    ImportOutcome with =
        load("f.csv", body + "\n", ReadingOptions.defaults().withConcordance(concordance));
    assertThat(with.record().rowsStored()).isEqualTo(2);
    assertThat(store.flows).extracting(ReportedFlow::hs6).containsExactly(880730, 880730);
    assertThat(store.flows.get(0).revision()).isEqualTo(HsRevision.HS2017);
  }

  @Test
  void aLevelThatContradictsTheCodeIsRefusedAndALostLeadingZeroRestored() throws IOException {
    ImportOutcome o =
        load(
            "g.csv",
            HEADER + "8542,CN8,DEU,ARM,2022-02,10\n1012100,CN8,DEU,ARM,2022-02,10\n",
            ReadingOptions.defaults());
    assertThat(reason(o, 2)).contains("4 digits but its level says CN8");
    assertThat(store.flows).extracting(ReportedFlow::productCode).containsExactly("01012100");
  }

  @Test
  void tooManyRejectsStoreNothingAndAFileImportedBeforeIsSkipped() throws IOException {
    Path f = dir.resolve("h.csv");
    Files.writeString(
        f, HEADER + "85423111,CN8,DEU,XXX,2022-02,10\n85423111,CN8,DEU,ARM,2022-02,10\n");
    ReportedImports imports = new ReportedImports(store, ReferenceDataLoader.builtIn());
    ReadingContext c = ReadingContext.of(ReadingOptions.defaults().withFlow(FlowDirection.EXPORT));
    RowImportOptions o = RowImportOptions.of(f).withRejectFile(dir.resolve("h.rejects.csv"));
    assertThatThrownBy(
            () -> imports.run(ReportedImports.Format.COMEXT, c, o, ProgressListener.NONE))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("1 of 2 rows rejected (50.0%)")
        .satisfies(
            e -> assertThat(((TechsovException) e).code()).isEqualTo(ErrorCode.TOO_MANY_REJECTS));
    assertThat(store.committed).isEmpty();
    assertThat(Files.readString(dir.resolve("h.rejects.csv"))).contains("unknown country code XXX");
    ImportOutcome first =
        imports.run(
            ReportedImports.Format.COMEXT, c, o.withMaxRejectRate(0.6), ProgressListener.NONE);
    ImportOutcome again =
        imports.run(
            ReportedImports.Format.COMEXT, c, o.withMaxRejectRate(0.6), ProgressListener.NONE);
    assertThat(first.skipped()).isFalse();
    assertThat(again.skipped()).isTrue();
    assertThat(store.committed).hasSize(1);
  }

  @Test
  void aFileWithoutFlowColumnNeedsTheFlowFlag() throws IOException {
    Path f = dir.resolve("i.csv");
    Files.writeString(f, HEADER + "85423111,CN8,DEU,ARM,2022-02,10\n");
    assertThatThrownBy(
            () ->
                new ReportedImports(store, ReferenceDataLoader.builtIn())
                    .run(
                        ReportedImports.Format.COMEXT,
                        ReadingContext.of(ReadingOptions.defaults()),
                        RowImportOptions.of(f),
                        ProgressListener.NONE))
        .hasMessageContaining("--flow export");
    assertThat(List.of(store.committed)).isNotNull();
  }
}
