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
