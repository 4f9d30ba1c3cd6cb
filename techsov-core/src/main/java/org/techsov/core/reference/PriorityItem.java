package org.techsov.core.reference;

import java.util.Objects;

/**
 * One HS subheading on a list of goods of special concern, with its tier.
 *
 * @param code the HS6 subheading
 * @param tier tier identifier as the list writes it, e.g. {@code 1}, {@code 3A}
 * @param description short description of the tier
 */
public record PriorityItem(HsCode code, String tier, String description) {
  public PriorityItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(tier, "tier");
    description = description == null ? "" : description;
  }
}
