package org.techsov.core.complexity;

import java.util.List;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Balassa RCA and RPOP on the kept (positive-total) countries and products, with the reference's
 * order of operations so that the results are bit-for-bit the reference's.
 */
final class RevealedAdvantage {
  private RevealedAdvantage() {}

  /** {@code rca_cp = (x_cp / sum_p x_cp) / (sum_c x_cp / sum_cp x_cp)}, row-major. */
  static double[] rca(double[] x, int nc, int np) {
    double[] rowTotal = new double[nc];
    for (int c = 0; c < nc; c++) {
      rowTotal[c] = PairwiseSum.sum(x, c * np, np, 1);
    }
    double[] colTotal = columnTotals(x, nc, np);
    double world = PairwiseSum.sum(colTotal, 0, np, 1);
    double[] rca = new double[nc * np];
    for (int c = 0; c < nc; c++) {
      for (int p = 0; p < np; p++) {
        rca[c * np + p] = (x[c * np + p] / rowTotal[c]) / (colTotal[p] / world);
      }
    }
    return rca;
  }

  /**
   * {@code rpop_cp = (x_cp / pop_c) / (sum_c x_cp / sum_c pop_c)}, row-major.
   *
   * @param countries labels of the kept rows, to look up their population
   */
  static double[] rpop(double[] x, int nc, int np, List<String> countries, Population pop) {
    double[] people = new double[nc];
    for (int c = 0; c < nc; c++) {
      Double n = pop.byCountry().get(countries.get(c));
      if (n == null || !(n > 0) || n.isInfinite()) {
        throw new TechsovException(
            ErrorCode.NO_DATA,
            "RPOP needs a positive population for every exporting country; "
                + countries.get(c)
                + " has "
                + n);
      }
      people[c] = n;
    }
    double[] colTotal = columnTotals(x, nc, np);
    double world = PairwiseSum.sum(people, 0, nc, 1);
    double[] rpop = new double[nc * np];
    for (int c = 0; c < nc; c++) {
      for (int p = 0; p < np; p++) {
        rpop[c * np + p] = (x[c * np + p] / people[c]) / (colTotal[p] / world);
      }
    }
    return rpop;
  }

  // NumPy reduces a C-ordered array over its first axis row by row, so column totals are plain
  // running sums in row order.
  private static double[] columnTotals(double[] x, int nc, int np) {
    double[] total = new double[np];
    for (int c = 0; c < nc; c++) {
      for (int p = 0; p < np; p++) {
        total[p] += x[c * np + p];
      }
    }
    return total;
  }
}
