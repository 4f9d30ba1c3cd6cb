package org.techsov.store.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Applies a store's schema migrations: SQL scripts stored as resources beside the class that lists
 * them, version N at index N-1. Each script runs in its own transaction together with its row in
 * the store's {@code schema_version} table (version, script name, time applied), so a failed script
 * leaves the store at the version before. Statements end with a semicolon at the end of a line;
 * lines starting with {@code --} are comments.
 */
public final class MigrationScripts {
  private MigrationScripts() {}

  /** Applies every script after version {@code current}, in order. */
  public static void applyAfter(Connection c, Class<?> owner, List<String> scripts, int current)
      throws SQLException {
    for (int v = current + 1; v <= scripts.size(); v++) {
      apply(c, owner, v, scripts.get(v - 1));
    }
  }

  private static void apply(Connection c, Class<?> owner, int version, String script)
      throws SQLException {
    String sql = read(owner, script);
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String statement : sql.split(";\\s*\\n")) {
        if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
          s.execute(statement);
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, current_timestamp)")) {
        ps.setInt(1, version);
        ps.setString(2, script);
        ps.executeUpdate();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static String read(Class<?> owner, String script) {
    try (InputStream in = owner.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing from the build: " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + script, e);
    }
  }
}
