package org.techsov.core.complexity;

import java.util.Arrays;
import java.util.List;

/**
 * The unsigned, unstandardised ECI and PCI eigenvectors: {@code kp}, the eigenvector of {@code Mpp
 * = U^-1 M^T D^-1 M} for its second-largest eigenvalue, and {@code kc = D^-1 M kp}, over the
 * countries of positive diversity and the products of positive ubiquity (the others get NaN).
 *
 * <p>{@code Mpp} is similar to the symmetric {@code U^-1/2 M^T D^-1 M U^-1/2}, and shares its
 * non-zero eigenvalues with the symmetric country-side {@code D^-1/2 M U^-1 M^T D^-1/2}. The
 * smaller of the two is decomposed densely (with 200 countries, a 200 x 200 problem instead of the
 * reference's general 5000 x 5000 eig); the other side's vector follows from {@code kp ~ U^-1 M^T
 * kc}. All outputs are invariant to the eigenvector's scale, so the reference's unit-norm scaling
 * need not be copied.
 */
final class EigenComplexity {
  private static final double TINY = 1e-12;

  final double[] kc;
  final double[] kp;

  private EigenComplexity(double[] kc, double[] kp) {
    this.kc = kc;
    this.kp = kp;
  }

  static EigenComplexity compute(Presence m, List<String> warnings) {
    double[] kc = new double[m.countries];
    double[] kp = new double[m.products];
    Arrays.fill(kc, Double.NaN);
    Arrays.fill(kp, Double.NaN);
    int[] rc = ranked(m.diversity);
    int[] rp = ranked(m.ubiquity);
    if (rc.length < 2 || rp.length < 2) {
      warnings.add(
          "ECI and PCI are undefined: fewer than two countries or products have RCA"
              + " presence ("
              + rc.length
              + " countries, "
              + rp.length
              + " products)");
      return new EigenComplexity(kc, kp);
    }
    double[] second =
        rc.length <= rp.length
            ? countrySide(m, rc, rp, warnings)
            : productSide(m, rc, rp, warnings);
    if (second == null) {
      return new EigenComplexity(kc, kp);
    }
    for (int i = 0; i < rp.length; i++) {
      kp[rp[i]] = second[i];
    }
    for (int c : rc) {
      double s = 0.0;
      for (int p : m.productsOf[c]) {
        s += kp[p];
      }
      kc[c] = s / m.diversity[c];
    }
    return new EigenComplexity(kc, kp);
  }

  // Returns kp over the ranked products, from the country-side eigenvector.
  private static double[] countrySide(Presence m, int[] rc, int[] rp, List<String> warnings) {
    int[] pos = positions(rc, m.countries);
    double[][] s = new double[rc.length][rc.length];
    for (int q : rp) {
      int[] e = m.exportersOf[q];
      double inv = 1.0 / m.ubiquity[q];
      for (int i = 0; i < e.length; i++) {
        double[] row = s[pos[e[i]]];
        for (int j = i; j < e.length; j++) {
          row[pos[e[j]]] += inv;
        }
      }
    }
    double[] vc = secondVector(symmetrise(s, rc, m.diversity), warnings);
    if (vc == null) {
      return null;
    }
    double[] kcTmp = new double[m.countries];
    for (int i = 0; i < rc.length; i++) {
      kcTmp[rc[i]] = vc[i] / Math.sqrt(m.diversity[rc[i]]);
    }
    double[] out = new double[rp.length];
    for (int i = 0; i < rp.length; i++) {
      double sum = 0.0;
      for (int c : m.exportersOf[rp[i]]) {
        sum += kcTmp[c];
      }
      out[i] = sum / m.ubiquity[rp[i]];
    }
    return out;
  }

  private static double[] productSide(Presence m, int[] rc, int[] rp, List<String> warnings) {
    int[] pos = positions(rp, m.products);
    double[][] s = new double[rp.length][rp.length];
    for (int c : rc) {
      int[] ps = m.productsOf[c];
      double inv = 1.0 / m.diversity[c];
      for (int i = 0; i < ps.length; i++) {
        double[] row = s[pos[ps[i]]];
        for (int j = i; j < ps.length; j++) {
          row[pos[ps[j]]] += inv;
        }
      }
    }
    double[] vp = secondVector(symmetrise(s, rp, m.ubiquity), warnings);
    if (vp == null) {
      return null;
    }
    double[] out = new double[rp.length];
    for (int i = 0; i < rp.length; i++) {
      out[i] = vp[i] / Math.sqrt(m.ubiquity[rp[i]]);
    }
    return out;
  }

  // Fills the lower triangle from the upper one and scales by 1 / sqrt(deg_i deg_j).
  private static double[][] symmetrise(double[][] s, int[] index, int[] degree) {
    int n = s.length;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double v = s[i][j] / Math.sqrt((double) degree[index[i]] * degree[index[j]]);
        s[i][j] = v;
        s[j][i] = v;
      }
    }
    return s;
  }

  private static double[] secondVector(double[][] s, List<String> warnings) {
    SymmetricEigen eig = new SymmetricEigen(s);
    int n = eig.values.length;
    double l1 = eig.values[n - 1];
    double l2 = eig.values[n - 2];
    if (!(l2 > TINY)) {
      warnings.add(
          "ECI and PCI are undefined: the second eigenvalue is "
              + l2
              + " (every country exports the same basket)");
      return null;
    }
    if (l2 > l1 - 1e-9) {
      warnings.add(
          "the country-product network is disconnected (eigenvalue 1 is repeated):"
              + " ECI and PCI separate the components and are not unique");
    } else if (n > 2 && l2 - eig.values[n - 3] < 1e-9) {
      warnings.add("the second eigenvalue is repeated: ECI and PCI are not unique");
    }
    return eig.vector(n - 2);
  }

  private static int[] ranked(int[] degree) {
    return java.util.stream.IntStream.range(0, degree.length).filter(i -> degree[i] > 0).toArray();
  }

  private static int[] positions(int[] index, int size) {
    int[] pos = new int[size];
    Arrays.fill(pos, -1);
    for (int i = 0; i < index.length; i++) {
      pos[index[i]] = i;
    }
    return pos;
  }
}
