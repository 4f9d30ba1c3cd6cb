package org.techsov.engine.dependency;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.HsCode;

/**
 * Runs the dependency analysis on the embedded store. The caller owns the connection.
 *
 * <p>{@link #run} returns rows as core records (for display and JSON); {@link #export} writes the
 * same figures, flattened, straight from the store to CSV or Parquet without passing rows through
 * Java, for results of any size.
 */
public final class DependencyEngine {
  private final Connection connection;
  private final SqlDialect dialect;

  public DependencyEngine(Connection connection) {
    this(connection, SqlDialect.DUCKDB);
  }

  /** Runs on a connection in the given dialect (the windowed form checks the portable SQL). */
  public DependencyEngine(Connection connection, SqlDialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /** The analysis's SQL text for a query (what {@link #run} executes). */
  public String sql(DependencyQuery query) {
    return new DependencySql(dialect, resolve(query)).build();
  }

  public List<DependencyRow> run(DependencyQuery query) {
    String sql = sql(query);
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<DependencyRow> out = new ArrayList<>();
      RowMapper mapper = new RowMapper(query);
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new TechsovException(
          ErrorCode.INTERNAL_ERROR, "dependency analysis failed: " + e.getMessage(), e);
    }
  }

  /** Writes the flattened result to a CSV or Parquet file; returns the number of rows written. */
  public long export(DependencyQuery query, ExportFormat format, Path file) {
    return export(query, format, file, s -> {});
  }

  /**
   * Writes the flattened result like {@link #export(DependencyQuery, ExportFormat, Path)}, handing
   * the running statement to {@code running} first so that another thread may cancel it.
   */
  public long export(
      DependencyQuery query, ExportFormat format, Path file, Consumer<Statement> running) {
    String flat = FlatColumns.select(query, sql(query));
    String copy =
        "COPY ("
            + flat
            + ") TO '"
            + file.toAbsolutePath().toString().replace("'", "''")
            + "' ("
            + format.copyOptions()
            + ")";
    try (Statement s = connection.createStatement()) {
      running.accept(s);
      s.execute(copy);
      return s.getUpdateCount(); // COPY reports the rows it wrote
    } catch (SQLException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, "cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private ResolvedQuery resolve(DependencyQuery q) {
    List<Integer> importers = new ArrayList<>();
    for (CountryCode c : q.importers()) {
      importers.add(countryKey(c));
    }
    for (String b : q.blocs()) {
      requireBloc(b);
    }
    List<AreaCode> areas = new ArrayList<>();
    for (String a : q.areas()) {
      areas.addAll(areaCodes(a));
    }
    List<AreaCode> products = new ArrayList<>();
    for (HsCode p : q.products()) {
      int divisor =
          switch (p.level()) {
            case HS2 -> 10000;
            case HS4 -> 100;
            case HS6 -> 1;
          };
      products.add(new AreaCode("", divisor, Integer.parseInt(p.code())));
    }
    return new ResolvedQuery(q, importers, areas, products);
  }

  private int countryKey(CountryCode code) {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT key FROM country WHERE code = ?")) {
      ps.setString(1, code.alpha3());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new TechsovException(ErrorCode.UNKNOWN_COUNTRY, "unknown country code " + code);
        }
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "reading countries failed", e);
    }
  }

  private void requireBloc(String id) {
    List<String> known = strings("SELECT id FROM bloc ORDER BY id");
    if (!known.contains(id)) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_BLOC, "unknown bloc '" + id + "'; known blocs: " + known);
    }
  }

  private List<AreaCode> areaCodes(String area) {
    List<AreaCode> out = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT area, divisor, code_value FROM area_code WHERE area = ?")) {
      ps.setString(1, area);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new AreaCode(rs.getString(1), rs.getInt(2), rs.getInt(3)));
        }
      }
    } catch (SQLException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "reading technology areas failed", e);
    }
    if (out.isEmpty()) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_AREA,
          "unknown technology area '"
              + area
              + "'; known areas: "
              + strings("SELECT id FROM area ORDER BY id"));
    }
    return out;
  }

  private List<String> strings(String sql) {
    List<String> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "reading reference tables failed", e);
    }
    return out;
  }

  /** The printed form of a group code: an area id, or an HS code with its leading zeros. */
  static String groupCode(GroupLevel level, String raw) {
    return switch (level) {
      case AREA -> raw;
      case HS6 -> String.format(Locale.ROOT, "%06d", Integer.parseInt(raw));
      case HS4 -> String.format(Locale.ROOT, "%04d", Integer.parseInt(raw));
      case HS2 -> String.format(Locale.ROOT, "%02d", Integer.parseInt(raw));
    };
  }
}
