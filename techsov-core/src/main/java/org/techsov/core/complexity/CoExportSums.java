package org.techsov.core.complexity;

import java.util.Arrays;

/**
 * The kernel of {@link DiscreteProductSpace}: for a set of source products {@code Q} (the products
 * of one country, or all products) and weights {@code w}, it computes for every product {@code p}
 *
 * <pre>
 *   plain[p]    = sum_{q in Q} C_pq / div(p, q)
 *   weighted[p] = sum_{q in Q} C_pq w_q / div'(p, q)
 * </pre>
 *
 * with {@code C_pq} the number of countries exporting both. Writing {@code C_pq = sum_d M_dp M_dq}
 * gives {@code sum_{d exports p} A_d}, where {@code A_d} sums over the source products that country
 * {@code d} exports, split by ubiquity class: {@code max(u_p, u_q)} is {@code u_p} for the classes
 * below {@code p}'s and {@code u_q} from {@code p}'s class up. So one pass over the exporters of
 * the source products (filling per-class, per-country counts) and one over the exporters of every
 * product replace the P x P products. The divisor is {@code max(u_p, u_q)} in symmetric mode; in
 * asymmetric mode {@code u_p} for the plain and {@code u_q} for the weighted sums. Each instance is
 * a workspace for one thread.
 */
final class CoExportSums {
  private final Presence m;
  private final UbiquityClasses classes;
  private final boolean symmetric;
  private final int n;
  private final double[] count;
  private final double[] weight;
  private final double[] prefix;
  private final double[] suffix;
  private final double[] weightPrefix;
  private final double[] weightSuffix;

  CoExportSums(Presence m, UbiquityClasses classes, boolean symmetric) {
    this.m = m;
    this.classes = classes;
    this.symmetric = symmetric;
    this.n = m.countries;
    int k = classes.count;
    count = new double[k * n];
    weight = new double[k * n];
    prefix = new double[(k + 1) * n];
    suffix = new double[(k + 1) * n];
    weightPrefix = new double[(k + 1) * n];
    weightSuffix = new double[(k + 1) * n];
  }

  /**
   * Fills {@code plain} and {@code weighted} (length P; products of ubiquity 0 get 0).
   *
   * @param sources source products, each of positive ubiquity
   * @param w weight of each product
   */
  void run(int[] sources, double[] w, double[] plain, double[] weighted) {
    scatter(sources, w);
    cumulate(count, prefix, suffix);
    cumulate(weight, weightPrefix, weightSuffix);
    int k = classes.count;
    double[] a = new double[n];
    double[] aw = new double[n];
    for (int c = 0; c < k; c++) {
      double u = classes.ubiquity[c];
      int plainSplit = symmetric ? c : k;
      int weightSplit = symmetric ? c : 0;
      for (int d = 0; d < n; d++) {
        a[d] = prefix[plainSplit * n + d] / u + suffix[plainSplit * n + d];
        aw[d] = weightPrefix[weightSplit * n + d] / u + weightSuffix[weightSplit * n + d];
      }
      for (int p : classes.members[c]) {
        double s = 0.0;
        double sw = 0.0;
        for (int d : m.exportersOf[p]) {
          s += a[d];
          sw += aw[d];
        }
        plain[p] = s;
        weighted[p] = sw;
      }
    }
  }

  private void scatter(int[] sources, double[] w) {
    Arrays.fill(count, 0.0);
    Arrays.fill(weight, 0.0);
    for (int q : sources) {
      int base = classes.classOf[q] * n;
      double wq = w[q];
      for (int d : m.exportersOf[q]) {
        count[base + d] += 1.0;
        weight[base + d] += wq;
      }
    }
  }

  // prefix[s] = sum_{j < s} x_j, suffix[s] = sum_{j >= s} x_j / u_j, per country.
  private void cumulate(double[] x, double[] pre, double[] suf) {
    int k = classes.count;
    Arrays.fill(pre, 0, n, 0.0);
    for (int j = 0; j < k; j++) {
      for (int d = 0; d < n; d++) {
        pre[(j + 1) * n + d] = pre[j * n + d] + x[j * n + d];
      }
    }
    Arrays.fill(suf, k * n, (k + 1) * n, 0.0);
    for (int j = k - 1; j >= 0; j--) {
      double u = classes.ubiquity[j];
      for (int d = 0; d < n; d++) {
        suf[j * n + d] = suf[(j + 1) * n + d] + x[j * n + d] / u;
      }
    }
  }
}
