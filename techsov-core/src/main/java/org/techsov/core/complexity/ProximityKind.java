package org.techsov.core.complexity;

/** How product proximity {@code phi_pq} is measured. */
public enum ProximityKind {
  /**
   * Co-export, symmetric: {@code phi_pq = min(P(q|p), P(p|q)) = C_pq / max(u_p, u_q)} with {@code
   * C_pq} the number of countries exporting both and {@code u} the ubiquity.
   */
  SYMMETRIC,
  /**
   * Co-export, asymmetric: {@code phi_pq = P(q|p) = C_pq / u_p}, the share of the exporters of
   * {@code p} that also export {@code q} (row {@code p}, as the Python reference orients it).
   */
  ASYMMETRIC,
  /**
   * Continuous: {@code phi_pq = (1 + corr_pq) / 2}, the Pearson correlation over countries of the
   * two products' RCA (or RPOP) values; density is then weighted by RCA (or RPOP), not by {@code
   * M}.
   */
  CONTINUOUS
}
