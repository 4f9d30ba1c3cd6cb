package org.techsov.core.complexity;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The product proximity matrix of a year, computed on demand: a symmetric 5000 x 5000 matrix is 200
 * MB, and most callers need a few rows. Each value equals the reference's bit for bit (a co-export
 * count divided by a ubiquity).
 */
public final class ProductProximity {
  private final List<String> products;
  private final ProductSpaceModel model;

  ProductProximity(List<String> products, ProductSpaceModel model) {
    this.products = products;
    this.model = model;
  }

  /** The products, in index order. */
  public List<String> products() {
    return products;
  }

  /** {@code phi_pq} of product indices {@code p} and {@code q}. */
  public double value(int p, int q) {
    return model.proximity(p, q);
  }

  /** Row {@code p} of the matrix into {@code out} (length P). */
  public void row(int p, double[] out) {
    for (int q = 0; q < out.length; q++) {
      out[q] = model.proximity(p, q);
    }
  }

  /** {@code S_p = sum_q phi_pq}, the denominators of density. */
  public double[] rowSums() {
    return model.rowSums();
  }

  /** The whole matrix, row-major P x P, filled in parallel. */
  public double[] toArray() {
    int n = products.size();
    double[] out = new double[n * n];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            p -> {
              for (int q = 0; q < n; q++) {
                out[p * n + q] = model.proximity(p, q);
              }
            });
    return out;
  }
}
