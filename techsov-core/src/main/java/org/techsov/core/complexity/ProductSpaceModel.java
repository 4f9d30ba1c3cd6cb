package org.techsov.core.complexity;

/** A proximity measure with the density and outlook-gain products it induces. */
interface ProductSpaceModel {
  /** {@code phi_pq}; the diagonal is the convention's (0 or 1). */
  double proximity(int p, int q);

  /** {@code S_p = sum_q phi_pq}, diagonal included. */
  double[] rowSums();

  /**
   * Density {@code sum_q level_cq phi_pq / S_p} (0 where {@code S_p = 0}) and the unscaled outlook
   * gain {@code (1 - M_cp) sum_q (1 - M_cq) phi_qp v_q / S_q}, both row-major c x p.
   *
   * @param v product weights of the gain (an eigenvector or a PCI); NaN entries count as 0
   */
  DensityAndGain densityAndGain(double[] v);

  /** The two country x product results of {@link #densityAndGain}. */
  record DensityAndGain(double[] density, double[] gain) {}
}
