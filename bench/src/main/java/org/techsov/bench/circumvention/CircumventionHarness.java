package org.techsov.bench.circumvention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techsov.bench.Harness;
import org.techsov.core.circumvention.CircumventionResult;
import org.techsov.core.circumvention.RouteLevel;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.trade.FlowDirection;
import org.techsov.engine.circumvention.CircumventionEngine;
import org.techsov.ingest.goods.GoodsListReader;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.ingest.reported.ReadingContext;
import org.techsov.ingest.reported.ReadingOptions;
import org.techsov.ingest.reported.ReportedImports;
import org.techsov.ingest.rows.RowImportOptions;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;

/**
 * End-to-end benchmark of the circumvention analysis, each step against a plain DuckDB peer in the
 * same run, alternating: (a) a hand-written SQL of bloc-to-hub surge ratios per hub and CHPL
 * subheading over the synthetic world's 60 months; (b) techsov's full scan of the same (every hub,
 * every CHPL subheading: surge, PPML difference-in-differences, permutation test, bootstrap
 * intervals, FDR, both other legs, co-movement, unit values); (c) DuckDB loading the Comext
 * folder's extract and summing it by partner and heading; (d) techsov ingesting the extract
 * (validated, converted, revisions reconciled, counted), the IMF series and the EU list, then
 * ranking CHPL routes. Medians over the runs are printed.
 *
 * <p>Usage: {@code CircumventionHarness [--dir DIR] [--rows N] [--products N] [--runs N] [--shared
 * DIR]}.
 */
public final class CircumventionHarness {
  private static final String PEER_SCAN =
      "WITH c AS (SELECT country FROM bloc_member WHERE bloc = 'COALITION' AND valid_from <="
          + " DATE '2022-03-01' AND (valid_until IS NULL OR valid_until > DATE '2022-03-01')),"
          + " l AS (SELECT CAST(hs_code AS INTEGER) AS hs6 FROM goods_list_item WHERE list = 'chpl'),"
          + " f AS (SELECT partner, hs6, year, month, value_usd FROM reported_flow WHERE counted AND"
          + " flow = 'X' AND reporter IN (SELECT country FROM c) AND partner NOT IN (SELECT country"
          + " FROM c) AND hs6 IN (SELECT hs6 FROM l))"
          + " SELECT partner, hs6, SUM(CASE WHEN year = 2021 AND month >= 3 THEN value_usd END) AS b,"
          + " SUM(CASE WHEN year = 2022 AND month >= 3 THEN value_usd END) AS p, p / b AS ratio"
          + " FROM f GROUP BY partner, hs6";

  private CircumventionHarness() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(Harness.arg(args, "--dir", "bench/target/circumvention-bench"));
    long rows = Long.parseLong(Harness.arg(args, "--rows", "11000000"));
    int products = Integer.parseInt(Harness.arg(args, "--products", "5000"));
    int runs = Integer.parseInt(Harness.arg(args, "--runs", "5"));
    Path shared = Path.of(Harness.arg(args, "--shared", "../shared/data"));
    Files.createDirectories(dir);
    ReferenceData ref = ReferenceDataLoader.builtIn();
    Path db = CircumventionWorlds.store(dir, CircumventionWorlds.spec(rows, products), ref);
    System.out.printf(
        Locale.ROOT,
        "synthetic world: %,d flows a year, %d products, 60 months; %d processors%n",
        rows,
        products,
        Runtime.getRuntime().availableProcessors());
    double[][] t = new double[4][runs];
    for (int r = 0; r < runs; r++) {
      try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(db).withReadOnly(true))) {
        t[0][r] = peerScan(s.connection());
        long t0 = System.nanoTime();
        CircumventionResult result =
            new CircumventionEngine(s.connection())
                .run(CircumventionWorlds.fullScan(RouteLevel.HS6));
        t[1][r] = Harness.seconds(t0);
        if (r == 0) {
          System.out.printf(
              Locale.ROOT,
              "full scan: %,d routes (hubs x CHPL subheadings), %d significant%n",
              result.routes().size(),
              result.significant().size());
        }
      }
      t[2][r] = peerComext(dir, shared);
      t[3][r] = comext(dir, shared, ref);
      Harness.printRound(t, r);
    }
    String[] names = {
      "(a) DuckDB surge SQL, all hubs x CHPL",
      "(b) techsov full scan, all hubs x CHPL",
      "(c) DuckDB load + sum of the Comext extract",
      "(d) techsov Comext end to end"
    };
    Harness.printMedians(names, t, 44);
  }

  static double peerScan(Connection c) throws Exception {
    long t0 = System.nanoTime();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), count(ratio) FROM (" + PEER_SCAN + ")")) {
      rs.next();
    }
    return Harness.seconds(t0);
  }

  static double peerComext(Path dir, Path shared) throws Exception {
    Path db = dir.resolve("peer-comext.duckdb");
    Harness.deleteStore(db);
    String file = comextFile(shared).toAbsolutePath().toString().replace("'", "''");
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE comext AS SELECT * FROM read_csv('"
              + file
              + "', header = true, columns = {'product_code': 'VARCHAR', 'product_level': 'VARCHAR',"
              + " 'reporter_iso3': 'VARCHAR', 'partner_iso3': 'VARCHAR', 'period': 'VARCHAR',"
              + " 'value_eur': 'DOUBLE'})");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT partner_iso3, left(product_code, 4), SUM(CASE WHEN period BETWEEN '2021-03' AND"
                  + " '2021-11' THEN value_eur END) / SUM(CASE WHEN period BETWEEN '2022-03' AND"
                  + " '2022-11' THEN value_eur END) FROM comext WHERE product_level = 'CN8' GROUP BY 1, 2")) {
        while (rs.next()) {
          // drain
        }
      }
    }
    double t = Harness.seconds(t0);
    Harness.deleteStore(db);
    return t;
  }

  static double comext(Path dir, Path shared, ReferenceData ref) throws Exception {
    Path db = dir.resolve("techsov-comext.duckdb");
    Harness.deleteStore(db);
    long t0 = System.nanoTime();
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(db))) {
      s.syncReference(ref);
      ReadingContext c =
          ReadingContext.of(
              new ReadingOptions(
                  Optional.of(
                      shared.resolve("hs-concordance/HS_consolidated_comtrade_concordances.csv")),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(FlowDirection.EXPORT)));
      ReportedImports imports = new ReportedImports(s, ref);
      imports.run(
          ReportedImports.Format.COMEXT,
          c,
          RowImportOptions.of(comextFile(shared)).withRejectFile(dir.resolve("comext.rejects.csv")),
          ProgressListener.NONE);
      imports.run(
          ReportedImports.Format.IMTS,
          c,
          RowImportOptions.of(shared.resolve("russia-trade-by-partner-imf/RU_trade_imf_imts.csv"))
              .withRejectFile(dir.resolve("imts.rejects.csv")),
          ProgressListener.NONE);
      s.saveGoodsList(
          GoodsListReader.read(
              shared.resolve(
                  "eu-comext-russia-neighbours/export_sanctions_cn8_codes_with_desc.csv"),
              "eu-restricted",
              "EU restricted",
              LocalDate.of(2022, 10, 7),
              "Reg. 833/2014"));
      var q = CircumventionWorlds.fullScan(RouteLevel.HS4);
      new CircumventionEngine(s.connection())
          .run(
              new org.techsov.core.circumvention.CircumventionQuery(
                  q.target(),
                  "EU27",
                  q.blocDate(),
                  q.sanctionMonth(),
                  q.untilMonth(),
                  q.baseline(),
                  List.of("chpl"),
                  List.of(),
                  RouteLevel.HS4,
                  List.of(),
                  q.options()));
    }
    double t = Harness.seconds(t0);
    Harness.deleteStore(db);
    return t;
  }

  private static Path comextFile(Path shared) {
    return shared.resolve(
        "eu-comext-russia-neighbours/eu27_exports_ru_neighbours_cn8_monthly_2020_2022.csv.gz");
  }
}
