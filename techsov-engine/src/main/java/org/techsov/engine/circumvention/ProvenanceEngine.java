package org.techsov.engine.circumvention;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.techsov.core.circumvention.Months;
import org.techsov.core.circumvention.ProductSet;
import org.techsov.core.circumvention.ProvenanceQuery;
import org.techsov.core.circumvention.ProvenanceRow;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.engine.dependency.SqlDialect;

/** Runs the shipment-provenance report on the embedded store. */
public final class ProvenanceEngine {
  private final Connection connection;
  private final StoreLookup lookup;

  public ProvenanceEngine(Connection connection) {
    this.connection = connection;
    this.lookup = new StoreLookup(connection);
  }

  /** Rows by period and dispatch country ({@code via} ones by name, others summed as other). */
  public List<ProvenanceRow> run(ProvenanceQuery q) {
    int destination = lookup.key(q.destination());
    lookup.members(q.bloc(), q.blocDate());
    ProductSet goods =
        q.goods().isEmpty() ? ProductSet.EMPTY : new GoodsResolver(lookup).products(q.goods());
    int[] span = new int[2];
    query(
        ProvenanceSql.span(destination),
        rs -> {
          span[0] = rs.getInt(1);
          span[1] = rs.wasNull() ? Integer.MIN_VALUE : rs.getInt(2);
        });
    if (span[1] == Integer.MIN_VALUE) {
      throw new TechsovException(
          ErrorCode.NO_DATA,
          "the store holds no shipment records with destination "
              + q.destination()
              + "; load them with 'techsov ingest shipments FILE'");
    }
    int to = q.toMonth().orElse(span[1]);
    Set<String> via = new TreeSet<>();
    q.via().forEach(c -> via.add(c.alpha3()));
    Map<String, double[]> rows = new LinkedHashMap<>();
    String sql =
        ProvenanceSql.build(
            SqlDialect.DUCKDB, destination, goods, q.bloc(), q.blocDate(), q.fromMonth(), to);
    query(
        sql,
        rs -> {
          int ym = rs.getInt(1);
          String period = q.yearly() ? Integer.toString(Months.year(ym)) : Months.format(ym);
          CountryCode dispatch = lookup.code(rs.getInt(2));
          String d = via.isEmpty() || via.contains(dispatch.alpha3()) ? dispatch.alpha3() : "other";
          double[] a = rows.computeIfAbsent(period + "|" + d, k -> new double[5]);
          for (int i = 0; i < 5; i++) {
            a[i] += rs.getDouble(3 + i);
          }
        });
    List<ProvenanceRow> out = new ArrayList<>();
    rows.forEach(
        (k, a) -> {
          String[] pd = k.split("\\|");
          out.add(new ProvenanceRow(pd[0], pd[1], (long) a[0], a[1], a[2], a[3], a[4]));
        });
    out.sort(
        java.util.Comparator.comparing(ProvenanceRow::period)
            .thenComparing(r -> r.dispatch().equals("other") ? "~" : r.dispatch()));
    return out;
  }

  private void query(String sql, CircumventionEngine.RowHandler handler) {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        handler.accept(rs);
      }
    } catch (SQLException e) {
      throw StoreLookup.failed("the provenance report", e);
    }
  }
}
