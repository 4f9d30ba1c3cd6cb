package org.techsov.core.complexity;

/**
 * Eigenvalues and eigenvectors of a dense real symmetric matrix: Householder reduction to
 * tridiagonal form, then the implicit QL method with Wilkinson shifts (the classic EISPACK
 * tred2/tql2 pair). Eigenvalues come out ascending; column {@code j} of {@link #vectors} belongs to
 * {@code values[j]} and has unit Euclidean norm. Accurate to a few ulps of the matrix norm, in
 * O(n^3) time, which is small for the country-side matrices used here (n is the number of
 * countries).
 */
final class SymmetricEigen {
  final double[] values;
  final double[][] vectors;

  /** Decomposes {@code a} (n x n, symmetric; only read, never changed). */
  SymmetricEigen(double[][] a) {
    int n = a.length;
    vectors = new double[n][];
    for (int i = 0; i < n; i++) {
      vectors[i] = a[i].clone();
    }
    values = new double[n];
    double[] off = new double[n];
    if (n > 0) {
      Tridiagonal.reduce(vectors, values, off);
      Tridiagonal.diagonalise(vectors, values, off);
      sortAscending();
    }
  }

  /** The eigenvector of eigenvalue {@code j} (ascending order) as a new array. */
  double[] vector(int j) {
    double[] v = new double[values.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = vectors[i][j];
    }
    return v;
  }

  private void sortAscending() {
    int n = values.length;
    for (int i = 0; i < n - 1; i++) {
      int k = i;
      for (int j = i + 1; j < n; j++) {
        if (values[j] < values[k]) {
          k = j;
        }
      }
      if (k != i) {
        double t = values[k];
        values[k] = values[i];
        values[i] = t;
        for (double[] row : vectors) {
          t = row[i];
          row[i] = row[k];
          row[k] = t;
        }
      }
    }
  }
}
