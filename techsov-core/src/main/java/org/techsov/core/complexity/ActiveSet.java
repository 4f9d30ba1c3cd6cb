package org.techsov.core.complexity;

import java.util.ArrayList;
import java.util.List;

/**
 * The countries and products of a year whose total export value is positive. The others carry no
 * information (their RCA is 0/0) and are removed before anything is computed, as every reference
 * does; they are reported by label.
 */
final class ActiveSet {
  final int[] countryRows;
  final int[] productColumns;
  final List<String> countries = new ArrayList<>();
  final List<String> products = new ArrayList<>();
  final List<String> droppedCountries = new ArrayList<>();
  final List<String> droppedProducts = new ArrayList<>();

  ActiveSet(ExportMatrix exports) {
    int nc = exports.countryCount();
    int np = exports.productCount();
    double[] v = exports.values();
    boolean[] rowPositive = new boolean[nc];
    boolean[] colPositive = new boolean[np];
    for (int c = 0; c < nc; c++) {
      for (int p = 0; p < np; p++) {
        if (v[c * np + p] > 0) {
          rowPositive[c] = true;
          colPositive[p] = true;
        }
      }
    }
    countryRows = select(rowPositive, exports.countries(), countries, droppedCountries);
    productColumns = select(colPositive, exports.products(), products, droppedProducts);
  }

  private static int[] select(
      boolean[] keep, List<String> labels, List<String> kept, List<String> dropped) {
    int[] index = new int[keep.length];
    int n = 0;
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        index[n++] = i;
        kept.add(labels.get(i));
      } else {
        dropped.add(labels.get(i));
      }
    }
    return java.util.Arrays.copyOf(index, n);
  }

  /** The kept values as a dense, row-major {@code countries x products} array. */
  double[] compactValues(ExportMatrix exports) {
    int np = exports.productCount();
    int width = productColumns.length;
    double[] out = new double[countryRows.length * width];
    for (int c = 0; c < countryRows.length; c++) {
      int base = countryRows[c] * np;
      for (int p = 0; p < width; p++) {
        out[c * width + p] = exports.values()[base + productColumns[p]];
      }
    }
    return out;
  }
}
