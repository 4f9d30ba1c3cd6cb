package org.techsov.core.programme;

import java.util.List;

/**
 * What a programme replaces with what.
 *
 * @param incumbents the foreign products or vendors, e.g. Visa, Mastercard
 * @param substitutes the domestic replacements, e.g. Mir
 */
public record Substitution(List<String> incumbents, List<String> substitutes) {
  public Substitution {
    incumbents = List.copyOf(incumbents);
    substitutes = List.copyOf(substitutes);
  }
}
