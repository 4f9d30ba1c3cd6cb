package org.techsov.core.localisation;

import java.util.Objects;

/**
 * A factor applied to the points total when the bill attests a condition (e.g. Decree 719's
 * preferential coefficient for output made in designated regions).
 *
 * @param attestation the attestation id the bill's header must carry
 * @param factor multiplier, > 0
 * @param note the source; empty when not given
 */
public record Multiplier(String attestation, double factor, String note) {
  public Multiplier {
    Objects.requireNonNull(attestation, "attestation");
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("multiplier must be finite and > 0: " + factor);
    }
    note = note == null ? "" : note;
  }
}
