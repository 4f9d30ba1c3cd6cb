package org.techsov.core.stats;

import java.util.Arrays;

/**
 * The result of a nonlinear least-squares fit.
 *
 * @param params the best parameters found, within the bounds
 * @param sse residual sum of squares at {@code params}; positive infinity if the model was
 *     undefined everywhere the solver looked
 * @param iterations outer iterations used
 * @param converged true if a stopping rule other than the iteration limit ended the search
 */
public record LeastSquaresFit(double[] params, double sse, int iterations, boolean converged) {
  public LeastSquaresFit {
    params = params.clone();
  }

  @Override
  public double[] params() {
    return params.clone();
  }

  /** Parameter {@code j}. */
  public double param(int j) {
    return params[j];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeastSquaresFit f
        && Arrays.equals(params, f.params)
        && Double.compare(sse, f.sse) == 0
        && iterations == f.iterations
        && converged == f.converged;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(params) * 31 + Double.hashCode(sse);
  }

  @Override
  public String toString() {
    return "LeastSquaresFit[params="
        + Arrays.toString(params)
        + ", sse="
        + sse
        + ", iterations="
        + iterations
        + ", converged="
        + converged
        + "]";
  }
}
