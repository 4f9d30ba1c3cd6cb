package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {
  @Test
  void decomposesRandomSymmetricMatricesToOrthonormalEigenpairs() {
    SplittableRandom rng = new SplittableRandom(42);
    for (int n : new int[] {1, 2, 3, 10, 57}) {
      double[][] a = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = i; j < n; j++) {
          a[i][j] = rng.nextGaussian();
          a[j][i] = a[i][j];
        }
      }
      SymmetricEigen eig = new SymmetricEigen(a);
      for (int k = 0; k < n; k++) {
        double[] v = eig.vector(k);
        for (int i = 0; i < n; i++) {
          double av = 0;
          for (int j = 0; j < n; j++) {
            av += a[i][j] * v[j];
          }
          assertThat(av).isCloseTo(eig.values[k] * v[i], within(1e-12));
        }
        for (int l = 0; l < n; l++) {
          double dot = 0;
          double[] w = eig.vector(l);
          for (int i = 0; i < n; i++) {
            dot += v[i] * w[i];
          }
          assertThat(dot).isCloseTo(k == l ? 1.0 : 0.0, within(1e-12));
        }
        if (k > 0) {
          assertThat(eig.values[k]).isGreaterThanOrEqualTo(eig.values[k - 1]);
        }
      }
    }
  }

  @Test
  void diagonalMatrixHasItsDiagonalAsEigenvalues() {
    SymmetricEigen eig = new SymmetricEigen(new double[][] {{3, 0, 0}, {0, 1, 0}, {0, 0, 2}});
    assertThat(eig.values).containsExactly(1, 2, 3);
  }
}
