package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.RowImportRequest;
import org.techsov.core.spi.StagedRows;
import org.techsov.core.trade.Shipment;

/**
 * Shipment records appended to {@code shipment}. Customs extracts are cut by destination and month,
 * so an import may not cover a destination and month that an earlier import of the same source
 * covers, unless replacement was asked for; then the earlier records of those months go.
 */
final class ShipmentStaging extends AppendingStaging<Shipment> {
  ShipmentStaging(Connection c, RowImportRequest request) {
    super(c, request, "shipment");
  }

  @Override
  void appendColumns(DuckDBAppender a, Shipment s, long line) throws SQLException {
    a.append((int) importId);
    a.append(line);
    a.append(request.source());
    a.append(s.date());
    a.append((short) s.date().getYear());
    a.append((byte) s.date().getMonthValue());
    a.append(s.hsCode());
    a.append(s.hs6());
    a.append(s.description());
    a.append((short) key(s.origin()));
    a.append((short) key(s.dispatch()));
    a.append((short) key(s.destination()));
    a.append(s.exporter());
    a.append(s.importer());
    a.append(s.manufacturer());
    a.append(s.brand());
    if (s.brandHq().isPresent()) {
      a.append((short) key(s.brandHq().get()));
    } else {
      a.appendNull();
    }
    a.append(s.value());
    a.append(s.currency());
    a.append(s.valueUsd());
    if (Double.isNaN(s.quantity())) {
      a.appendNull();
    } else {
      a.append(s.quantity());
    }
    a.append(s.quantityUnit());
  }

  @Override
  StagedRows applyRules() throws SQLException {
    String note = "";
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE techsov_ship_cell AS SELECT DISTINCT destination, year,"
              + " month FROM shipment WHERE import_id = "
              + importId);
      String earlier =
          " FROM shipment e WHERE e.source = "
              + sql(request.source())
              + " AND e.import_id <> "
              + importId
              + " AND (e.destination, e.year, e.month) IN (SELECT destination, year, month FROM"
              + " techsov_ship_cell)";
      try (ResultSet rs =
          s.executeQuery(
              "SELECT l.file_name, e.year, e.month"
                  + earlier.replace(
                      " FROM shipment e",
                      " FROM shipment e JOIN import_log l ON l.id = e.import_id")
                  + " LIMIT 1")) {
        if (rs.next() && !request.replace()) {
          throw new TechsovException(
              ErrorCode.OVERLAPPING_IMPORT,
              String.format(
                  java.util.Locale.ROOT,
                  "%s covers destinations and months already loaded from %s (e.g. %d-%02d); use"
                      + " --replace to replace them, nothing was stored",
                  request.fileName(),
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getInt(3)));
        }
      }
      long n = count("SELECT count(*)" + earlier);
      if (n > 0) {
        s.execute("DELETE FROM shipment WHERE rowid IN (SELECT e.rowid" + earlier + ")");
        note = "replaced " + n + " earlier shipment records of the same destinations and months";
      }
      s.execute("DROP TABLE techsov_ship_cell");
    }
    long stored = count("SELECT count(*) FROM shipment WHERE import_id = " + importId);
    return new StagedRows(stored, List.of(), years("shipment"), 0, note);
  }
}
