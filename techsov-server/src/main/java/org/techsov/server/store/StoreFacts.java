package org.techsov.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/** Small facts about the stored flows. */
public final class StoreFacts {
  private StoreFacts() {}

  /** {first, last} year of the stored flows, or a not-found error when there are none. */
  public static int[] years(Connection c) {
    long[] f = summary(c);
    if (f[0] == 0) {
      throw new TechsovException(
          ErrorCode.NO_DATA,
          "the store holds no trade flows yet; ingest a BACI file (POST /api/jobs/ingest) or run"
              + " 'techsov demo'");
    }
    return new int[] {(int) f[1], (int) f[2]};
  }

  /** {flow rows, first year, last year}; years are 0 when there are no flows. */
  public static long[] summary(Connection c) {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), coalesce(min(year), 0), coalesce(max(year), 0) FROM flow")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    } catch (SQLException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "reading the stored years failed", e);
    }
  }
}
