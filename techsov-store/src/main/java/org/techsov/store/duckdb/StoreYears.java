package org.techsov.store.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/** The range of years the store holds flows for. */
public final class StoreYears {
  private StoreYears() {}

  /** {first, last} year of the stored flows, or a not-found error when there are none. */
  public static int[] of(DuckDbStore store) {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT min(year), max(year) FROM flow")) {
      rs.next();
      int first = rs.getInt(1);
      if (rs.wasNull()) {
        throw new TechsovException(
            ErrorCode.NO_DATA,
            "store "
                + store.options().database()
                + " holds no trade flows yet; run 'techsov ingest baci FILE' or 'techsov demo'");
      }
      return new int[] {first, rs.getInt(2)};
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("reading the stored years", e);
    }
  }
}
