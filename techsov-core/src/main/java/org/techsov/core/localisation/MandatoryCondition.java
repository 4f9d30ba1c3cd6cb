package org.techsov.core.localisation;

import java.util.Objects;

/**
 * A condition that must hold for the product to pass, whatever its score.
 *
 * @param id short identifier, e.g. {@code design_in_country}
 * @param kind what is checked
 * @param argument operation name, attestation id or HS prefix, depending on the kind; empty when
 *     the kind needs none
 * @param limit percentage for {@link ConditionKind#MAX_FOREIGN_MATERIAL_SHARE}, else 0
 * @param description the condition as the source states it
 */
public record MandatoryCondition(
    String id, ConditionKind kind, String argument, double limit, String description) {
  public MandatoryCondition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    argument = argument == null ? "" : argument;
    description = description == null ? "" : description;
  }
}
