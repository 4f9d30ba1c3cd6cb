package org.techsov.ingest.reported;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.trade.FlowDirection;
import org.techsov.core.trade.ProductLevel;
import org.techsov.core.trade.ReportedFlow;
import org.techsov.ingest.baci.ImportOutcome;
import org.techsov.ingest.baci.RejectedRow;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.ingest.rows.RowImportOptions;

class ComtradeReadingTest {
  private static final String HEADER =
      "typeCode\tfreqCode\trefYear\trefMonth\tperiod\treporterCode\treporterISO\tflowCode\tpartnerCode"
          + "\tpartnerISO\tpartner2Code\tclassificationCode\tcmdCode\tcustomsCode\tmotCode\tnetWgt"
          + "\tprimaryValue\n";
  @TempDir Path dir;
  final FakeStore store = new FakeStore();

  private ImportOutcome load(String body) throws IOException {
    Path f = dir.resolve("comtrade.txt");
    Files.writeString(f, HEADER + body.replace(',', '\t'));
    return new ReportedImports(store, ReferenceDataLoader.builtIn())
        .run(
            ReportedImports.Format.COMTRADE,
            ReadingContext.of(ReadingOptions.defaults()),
            RowImportOptions.of(f).withRejectFile(dir.resolve("r.csv")).withMaxRejectRate(1),
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
  void monthlyTabSeparatedRowsAreReadWithTheirFlowAndWeight() throws IOException {
    ImportOutcome o =
        load(
            "C,M,2022,3,202203,842,USA,X,51,ARM,0,H6,854231,C00,0,12.5,9000\n"
                + "C,A,2022,52,2022,51,ARM,M,842,USA,0,H6,8542,C00,0,,100000\n"
                + "C,M,2022,3,202203,51,ARM,RX,643,RUS,0,H6,854231,C00,0,1,500\n");
    assertThat(o.record().rowsStored()).isEqualTo(3);
    ReportedFlow x = store.flows.get(0);
    assertThat(x.reporter().alpha3()).isEqualTo("USA");
    assertThat(x.period().month()).isEqualTo(3);
    assertThat(x.quantity()).isEqualTo(12.5);
    assertThat(x.valueUsd()).isEqualTo(9000);
    assertThat(store.flows.get(1).period().isYear()).isTrue();
    assertThat(store.flows.get(1).level()).isEqualTo(ProductLevel.HS4);
    // re-exports are kept but never added to exports
    assertThat(store.flows.get(2).direction()).isEqualTo(FlowDirection.RE_EXPORT);
    assertThat(store.flows.get(2).countable()).isFalse();
  }

  @Test
  void worldTotalsAndBreakdownsAreNotStoredAsTheyRepeatTheTotals() throws IOException {
    ImportOutcome o =
        load(
            "C,M,2022,3,202203,842,USA,X,0,W00,0,H6,854231,C00,0,1,100\n"
                + "C,M,2022,3,202203,842,USA,X,51,ARM,0,H6,854231,C00,1000,1,100\n"
                + "C,M,2022,3,202203,842,USA,X,51,ARM,0,H6,854231,C01,0,1,100\n"
                + "C,M,2022,3,202203,842,USA,X,51,ARM,643,H6,854231,C00,0,1,100\n");
    assertThat(o.record().rowsStored()).isZero();
    assertThat(reason(o, 2)).contains("aggregate partner");
    assertThat(reason(o, 3)).contains("mode of transport");
    assertThat(reason(o, 4)).contains("customs procedure");
    assertThat(reason(o, 5)).contains("second partner");
    assertThat(o.record().note()).contains("4 aggregate or breakdown rows not stored");
  }

  @Test
  void hs2017RowsWithoutTheConcordanceAreRefusedAndSitcIsNotHs() throws IOException {
    ImportOutcome o =
        load(
            "C,M,2021,3,202103,842,USA,X,51,ARM,0,H5,854231,C00,0,1,100\n"
                + "C,M,2022,3,202203,842,USA,X,51,ARM,0,S4,7764,C00,0,1,100\n");
    assertThat(reason(o, 2)).contains("HS2017 code cannot be compared");
    assertThat(reason(o, 3)).contains("not an HS classification");
  }
}
