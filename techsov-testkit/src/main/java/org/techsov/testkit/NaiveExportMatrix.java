package org.techsov.testkit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.complexity.ExportMatrixBuilder;
import org.techsov.core.trade.TradeFlow;

/**
 * The export matrix of a year computed plainly from flows, following the definition rather than the
 * SQL: a country's exports of a product are the sum of its yearly flows with a positive value to
 * every importer; products are HS6 codes or their first four digits.
 */
public final class NaiveExportMatrix {
  private NaiveExportMatrix() {}

  public static ExportMatrix of(List<TradeFlow> flows, int year, int digits) {
    Map<String, Map<String, Double>> sums = new TreeMap<>();
    for (TradeFlow f : flows) {
      if (f.period().year() != year || !f.period().isYear() || !(f.valueUsd() > 0)) {
        continue;
      }
      String product = f.product().code().substring(0, digits);
      sums.computeIfAbsent(f.exporter().alpha3(), k -> new TreeMap<>())
          .merge(product, f.valueUsd(), Double::sum);
    }
    ExportMatrixBuilder b = ExportMatrix.builder(year);
    sums.forEach((country, row) -> row.forEach((product, v) -> b.add(country, product, v)));
    return b.build();
  }
}
