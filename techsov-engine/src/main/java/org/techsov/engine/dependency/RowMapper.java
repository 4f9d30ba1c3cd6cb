package org.techsov.engine.dependency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.techsov.core.dependency.Baseline;
import org.techsov.core.dependency.BlocShare;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.ProductGroup;
import org.techsov.core.dependency.SupplierShare;
import org.techsov.core.reference.CountryCode;

/** Maps rows of {@link DependencySql}'s output to core records. */
final class RowMapper {
  private final DependencyQuery q;

  RowMapper(DependencyQuery q) {
    this.q = q;
  }

  DependencyRow map(ResultSet rs) throws SQLException {
    int col = 1;
    int year = rs.getInt(col++);
    CountryCode importer = new CountryCode(rs.getString(col++));
    String group = DependencyEngine.groupCode(q.level(), rs.getString(col++));
    double total = rs.getDouble(col++);
    int suppliers = rs.getInt(col++);
    double hhi = rs.getDouble(col++);
    List<SupplierShare> top = new ArrayList<>();
    for (int k = 0; k < q.topSuppliers(); k++) {
      String code = rs.getString(col++);
      double v = rs.getDouble(col++);
      if (code != null) {
        top.add(new SupplierShare(new CountryCode(code), v, v / total));
      }
    }
    List<BlocShare> blocs = new ArrayList<>();
    for (String b : q.blocs()) {
      double v = rs.getDouble(col++);
      blocs.add(new BlocShare(b, v, v / total));
    }
    Optional<Baseline> baseline = Optional.empty();
    if (q.baselineYear().isPresent()) {
      double bt = rs.getDouble(col++);
      double bh = rs.getDouble(col++);
      if (rs.wasNull()) {
        bh = Double.NaN;
      }
      List<BlocShare> bb = new ArrayList<>();
      for (String b : q.blocs()) {
        double v = rs.getDouble(col++);
        bb.add(new BlocShare(b, v, bt > 0 ? v / bt : Double.NaN));
      }
      baseline = Optional.of(new Baseline(q.baselineYear().getAsInt(), bt, bh, bb));
    }
    String name = rs.getString(col);
    return new DependencyRow(
        importer,
        year,
        new ProductGroup(q.level(), group),
        total,
        suppliers,
        hhi,
        top,
        blocs,
        baseline,
        name);
  }
}
