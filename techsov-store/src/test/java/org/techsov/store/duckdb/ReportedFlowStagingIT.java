package org.techsov.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.CountryRegistry;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.reference.PriorityItem;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ImportRecord;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.spi.RowImportRequest;
import org.techsov.core.spi.RowStaging;
import org.techsov.core.spi.StagedRows;
import org.techsov.core.trade.FlowDirection;
import org.techsov.core.trade.Period;
import org.techsov.core.trade.ProductLevel;
import org.techsov.core.trade.ReportedFlow;
import org.techsov.core.trade.Shipment;

class ReportedFlowStagingIT {
  static final CountryCode DEU = new CountryCode("DEU");
  static final CountryCode ARM = new CountryCode("ARM");
  static final CountryCode RUS = new CountryCode("RUS");
  @TempDir Path dir;
  DuckDbStore store;

  @BeforeEach
  void open() {
    store = DuckDbStore.open(StoreOptions.defaults(dir.resolve("s.duckdb")));
    store.syncReference(
        new ReferenceData(
            "test",
            new CountryRegistry(
                List.of(
                    new Country(DEU, "DE", 276, 276, "Germany", "Europe"),
                    new Country(ARM, "AM", 51, 51, "Armenia", "Asia"),
                    new Country(RUS, "RU", 643, 643, "Russia", "Europe"))),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of()));
  }

  static ReportedFlow flow(int month, CountryCode partner, String code, double eur) {
    ProductLevel level = code.isEmpty() ? ProductLevel.TOTAL : ProductLevel.ofDigits(code.length());
    int hs6 = code.length() >= 6 ? Integer.parseInt(code.substring(0, 6)) : -1;
    return new ReportedFlow(
        Period.ofMonth(2022, month),
        DEU,
        partner,
        FlowDirection.EXPORT,
        code,
        level,
        HsRevision.HS2022,
        hs6,
        eur,
        "EUR",
        eur * 1.1,
        Double.NaN,
        true,
        "");
  }

  static RowImportRequest request(String source, String checksum, boolean replace) {
    return new RowImportRequest(source, checksum + ".csv", checksum, 10, "CN8", replace, Map.of());
  }

  private ImportRecord load(RowImportRequest r, List<ReportedFlow> rows) {
    try (RowStaging<ReportedFlow> s = store.stageReportedFlows(r)) {
      long line = 2;
      for (ReportedFlow f : rows) {
        s.append(f, line++);
      }
      StagedRows staged = s.finish(ProgressListener.NONE);
      return s.commit(rows.size(), staged.rejects().size(), "", "");
    }
  }

  private List<String> counted() throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT source || ':' || month || ':' || product_code FROM reported_flow"
                    + " WHERE counted ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  @Test
  void headingTotalsAreStoredButNotAddedToTheirDetailedRows() throws Exception {
    ImportRecord r =
        load(
            request("COMEXT", "a", false),
            List.of(
                flow(3, ARM, "8542", 100),
                flow(3, ARM, "85423111", 60),
                flow(3, ARM, "85423190", 40),
                flow(3, ARM, "8471", 7), // a heading total without detail counts
                flow(3, ARM, "", 999), // all goods never adds to products
                flow(3, RUS, "8542", 5)));
    assertThat(r.rowsRead()).isEqualTo(6);
    assertThat(r.rowsStored()).isEqualTo(6);
    assertThat(counted())
        .containsExactly(
            "COMEXT:3:8471", "COMEXT:3:8542", "COMEXT:3:85423111", "COMEXT:3:85423190");
    // the 8542 counted is the Russian one, the Armenian heading total is overlapped
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM reported_flow WHERE product_code = '8542' AND counted"
                    + " AND partner = 643")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(1);
    }
  }

  @Test
  void aRepeatedKeyIsRejectedWithTheLineOfItsFirstOccurrence() {
    try (RowStaging<ReportedFlow> s = store.stageReportedFlows(request("COMEXT", "b", false))) {
      s.append(flow(3, ARM, "85423111", 60), 2);
      s.append(flow(3, ARM, "85423111", 61), 3);
      StagedRows staged = s.finish(ProgressListener.NONE);
      assertThat(staged.stored()).isEqualTo(1);
      assertThat(staged.rejects())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.line()).isEqualTo(3);
                assertThat(x.reason()).contains("duplicate of line 2");
              });
      assertThat(s.commit(2, 1, "rejects.csv", "").rowsRejected()).isEqualTo(1);
    }
  }

  @Test
  void anImportClosedWithoutCommitLeavesNothing() throws Exception {
    try (RowStaging<ReportedFlow> s = store.stageReportedFlows(request("COMEXT", "c", false))) {
      s.append(flow(3, ARM, "85423111", 60), 2);
      s.finish(ProgressListener.NONE);
    }
    assertThat(counted()).isEmpty();
    assertThat(store.findImport("c")).isEmpty();
  }

  @Test
  void repeatingLoadedFlowsIsRefusedUnlessReplacedAndReplacingSwapsTheCells() throws Exception {
    load(
        request("COMEXT", "d1", false),
        List.of(flow(3, ARM, "85423111", 60), flow(4, ARM, "85423111", 1)));
    assertThatThrownBy(
            () -> load(request("COMEXT", "d2", false), List.of(flow(3, ARM, "85423111", 70))))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("already loaded from d1.csv")
        .satisfies(
            e -> assertThat(((TechsovException) e).code()).isEqualTo(ErrorCode.OVERLAPPING_IMPORT));
    ImportRecord r = load(request("COMEXT", "d3", true), List.of(flow(3, ARM, "85423119", 70)));
    assertThat(r.note()).contains("replaced 1 rows of import");
    assertThat(counted()).containsExactly("COMEXT:3:85423119", "COMEXT:4:85423111");
  }

  @Test
  void aCellReportedByTwoSourcesCountsOnlyThePreferredOne() throws Exception {
    load(
        request("COMTRADE", "e1", false),
        List.of(flow(3, ARM, "854231", 60), flow(4, ARM, "854231", 5)));
    load(request("COMEXT", "e2", false), List.of(flow(3, ARM, "85423111", 55)));
    assertThat(counted()).containsExactly("COMEXT:3:85423111", "COMTRADE:4:854231");
  }

  @Test
  void gapsInTheMonthsOfAnImportAreNoted() {
    ImportRecord r =
        load(
            request("COMEXT", "f", false),
            List.of(flow(1, ARM, "8542", 1), flow(4, ARM, "8542", 1)));
    assertThat(r.note()).contains("months without any row").contains("2022-02, 2022-03");
  }

  @Test
  void goodsListsAreStoredByVersion() {
    GoodsList v1 =
        new GoodsList(
            "eu-restricted",
            "EU restricted",
            LocalDate.of(2022, 10, 7),
            "Reg. 833/2014",
            List.of(new PriorityItem(new HsCode("854231"), "CN8", "85423111")));
    store.saveGoodsList(v1);
    store.saveGoodsList(v1);
    assertThat(store.userGoodsLists()).containsExactly(v1);
  }

  @Test
  void shipmentsOfTheSameDestinationAndMonthAreNotLoadedTwice() {
    Shipment s =
        new Shipment(
            LocalDate.of(2022, 5, 3),
            "8542319000",
            854231,
            "processors",
            new CountryCode("DEU"),
            ARM,
            RUS,
            "Trade LLC",
            "Buyer OOO",
            "Chipmaker",
            "Chipbrand",
            Optional.of(DEU),
            1000,
            "USD",
            1000,
            2,
            "pcs");
    for (String checksum : new String[] {"g1", "g2"}) {
      try (RowStaging<Shipment> st = store.stageShipments(request("SHIPMENTS", checksum, false))) {
        st.append(s, 2);
        if (checksum.equals("g1")) {
          st.finish(ProgressListener.NONE);
          assertThat(st.commit(1, 0, "", "").rowsStored()).isEqualTo(1);
        } else {
          assertThatThrownBy(() -> st.finish(ProgressListener.NONE))
              .hasMessageContaining("already loaded from g1.csv");
        }
      }
    }
  }
}
