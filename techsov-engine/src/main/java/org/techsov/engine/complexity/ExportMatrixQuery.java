package org.techsov.engine.complexity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;

/**
 * Country x product export values of one year from the stored flows, for economic complexity.
 *
 * <p>A country's exports of a product are the sum over importers of {@code value_usd} (current US
 * dollars) of the yearly flows ({@code month = 0}) with a positive value, grouped by HS6 subheading
 * or HS4 heading. The aggregation runs in the store as one grouped scan; the grouped cells are read
 * as primitive columns straight into the dense matrix, with no object per row. Countries are
 * labelled by ISO alpha-3 code and products by their zero-padded HS code, both sorted, as {@link
 * ExportMatrix#builder} sorts them. The caller owns the connection.
 */
public final class ExportMatrixQuery {
  /** Store keys of countries are SMALLINT; HS codes are below 10^6. */
  private static final int MAX_COUNTRY_KEY = 1 << 15;

  private static final int MAX_PRODUCT = 1_000_000;

  private final Connection connection;

  public ExportMatrixQuery(Connection connection) {
    this.connection = connection;
  }

  /** The grouped-scan SQL for a year and product level ({@code exporter, grp, v}). */
  public static String sql(int year, GroupLevel level) {
    return "SELECT exporter, "
        + groupExpression(level)
        + " AS grp, SUM(value_usd) AS v FROM flow WHERE year = "
        + year
        + " AND month = 0 AND value_usd > 0 AND exporter IS NOT NULL AND product IS NOT NULL"
        + " GROUP BY ALL";
  }

  /**
   * The export matrix of {@code year}.
   *
   * @param level {@link GroupLevel#HS6} or {@link GroupLevel#HS4}
   * @throws TechsovException {@code NO_DATA} when the store has no yearly flows for the year,
   *     naming the years it has
   */
  public ExportMatrix year(int year, GroupLevel level, ProgressListener progress) {
    if (level != GroupLevel.HS6 && level != GroupLevel.HS4) {
      throw TechsovException.invalidArgument(
          "export matrices are built at HS6 or HS4, not " + level.name().toLowerCase(Locale.ROOT));
    }
    progress.update("exports", 0, 2);
    Cells cells = new Cells();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql(year, level))) {
      progress.update("exports", 1, 2);
      while (rs.next()) {
        cells.add(rs.getInt(1), rs.getInt(2), rs.getDouble(3));
      }
    } catch (SQLException e) {
      throw new TechsovException(
          ErrorCode.INTERNAL_ERROR, "reading export values failed: " + e.getMessage(), e);
    }
    if (cells.size == 0) {
      throw new TechsovException(
          ErrorCode.NO_DATA,
          "no yearly trade flows for " + year + " in the store; " + storedYears());
    }
    ExportMatrix m = cells.matrix(year, countryCodes(), level == GroupLevel.HS6 ? 6 : 4);
    progress.update("exports", 2, 2);
    return m;
  }

  private static String groupExpression(GroupLevel level) {
    return level == GroupLevel.HS4 ? "(product // 100)" : "product";
  }

  /** The first and last year with yearly flows, in words, for messages. */
  String storedYears() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT min(year), max(year) FROM flow WHERE month = 0")) {
      rs.next();
      int first = rs.getInt(1);
      return rs.wasNull() ? "it holds no yearly flows" : "it holds " + first + "-" + rs.getInt(2);
    } catch (SQLException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "reading the stored years failed", e);
    }
  }

  /** The ISO alpha-3 code of a stored country. */
  private Map<Integer, String> countryCodes() {
    Map<Integer, String> out = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT key, code FROM country");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getInt(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "reading countries failed", e);
    }
    return out;
  }

  /** Grouped cells keyed by store keys, held in primitive arrays in arrival order. */
  private static final class Cells {
    final int[] rowOfKey = new int[MAX_COUNTRY_KEY];
    final int[] columnOfProduct = new int[MAX_PRODUCT];
    int[] keys = new int[256];
    int[] products = new int[1024];
    int countries;
    int productCount;
    int[] row = new int[1 << 16];
    int[] column = new int[1 << 16];
    double[] value = new double[1 << 16];
    int size;

    Cells() {
      Arrays.fill(rowOfKey, -1);
      Arrays.fill(columnOfProduct, -1);
    }

    void add(int key, int product, double v) {
      if (key < 0 || key >= MAX_COUNTRY_KEY || product < 0 || product >= MAX_PRODUCT) {
        throw new TechsovException(
            ErrorCode.STORE_CORRUPT,
            "stored flow with exporter key " + key + " and product " + product + " out of range");
      }
      if (rowOfKey[key] < 0) {
        keys = grow(keys, countries);
        keys[countries] = key;
        rowOfKey[key] = countries++;
      }
      if (columnOfProduct[product] < 0) {
        products = grow(products, productCount);
        products[productCount] = product;
        columnOfProduct[product] = productCount++;
      }
      if (size == value.length) {
        row = Arrays.copyOf(row, size * 2);
        column = Arrays.copyOf(column, size * 2);
        value = Arrays.copyOf(value, size * 2);
      }
      row[size] = rowOfKey[key];
      column[size] = columnOfProduct[product];
      value[size] = v;
      size++;
    }

    private static int[] grow(int[] a, int n) {
      return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    ExportMatrix matrix(int year, Map<Integer, String> codes, int digits) {
      String[] countryLabels = new String[countries];
      for (int r = 0; r < countries; r++) {
        countryLabels[r] = codes.getOrDefault(keys[r], "#" + keys[r]);
      }
      Integer[] rowOrder = order(countries, (a, b) -> countryLabels[a].compareTo(countryLabels[b]));
      Integer[] columnOrder =
          order(productCount, (a, b) -> Integer.compare(products[a], products[b]));
      int[] rowPosition = positions(rowOrder);
      int[] columnPosition = positions(columnOrder);
      String format = "%0" + digits + "d";
      List<String> rowsSorted = Arrays.stream(rowOrder).map(r -> countryLabels[r]).toList();
      List<String> columnsSorted =
          Arrays.stream(columnOrder)
              .map(p -> String.format(Locale.ROOT, format, products[p]))
              .toList();
      double[] values = new double[countries * productCount];
      for (int i = 0; i < size; i++) {
        values[rowPosition[row[i]] * productCount + columnPosition[column[i]]] = value[i];
      }
      return new ExportMatrix(year, rowsSorted, columnsSorted, values);
    }

    private static Integer[] order(int n, java.util.Comparator<Integer> by) {
      Integer[] out = new Integer[n];
      for (int i = 0; i < n; i++) {
        out[i] = i;
      }
      Arrays.sort(out, by);
      return out;
    }

    private static int[] positions(Integer[] order) {
      int[] out = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        out[order[i]] = i;
      }
      return out;
    }
  }
}
