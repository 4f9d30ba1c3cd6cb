package org.techsov.store.postgres;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the build starts for integration tests ({@code scripts/test-postgres.sh},
 * run by Maven before them). Its URL comes in system property {@value #PROPERTY}. Without it, or
 * when the server does not answer, the tests fail: they are never skipped.
 */
public final class TestPostgres {
  public static final String PROPERTY = "techsov.test.postgres.url";

  private TestPostgres() {}

  /** The JDBC URL of the test server. */
  public static String url() {
    String url = System.getProperty(PROPERTY);
    if (url == null || url.isBlank() || url.contains("${")) {
      fail(
          "no PostgreSQL for the tests: system property "
              + PROPERTY
              + " is not set. Run them through Maven (./mvnw verify -pl techsov-store), which"
              + " starts a server with scripts/test-postgres.sh, or start one yourself and pass"
              + " -D"
              + PROPERTY
              + "=jdbc:postgresql://127.0.0.1:PORT/DB?user=postgres");
    }
    return url;
  }

  /** Drops everything in the test database, so each test starts from an empty registry. */
  public static void reset() {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      fail(
          "the test PostgreSQL at "
              + url()
              + " does not answer ("
              + e.getMessage()
              + "); scripts/test-postgres.sh should have started it before the integration tests",
          e);
    }
  }
}
