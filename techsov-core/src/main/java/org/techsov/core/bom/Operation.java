package org.techsov.core.bom;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.techsov.core.reference.CountryCode;

/**
 * A manufacturing or service step performed on an item: design, wafer fabrication, die packaging,
 * testing, PCB assembly, final assembly, software, branding and so on.
 *
 * @param type operation identifier in lower snake case, e.g. {@code wafer_fabrication}; see {@link
 *     OperationTypes} for the names the shipped rule sets use
 * @param country where the operation is performed
 * @param valueAdded value added by the operation per unit of the item, in the item's currency; 0
 *     when unknown
 */
public record Operation(String type, CountryCode country, double valueAdded) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  public Operation {
    type = normalise(type);
    Objects.requireNonNull(country, "country");
    if (!(valueAdded >= 0) || Double.isInfinite(valueAdded)) {
      throw new IllegalArgumentException("value added must be finite and >= 0: " + valueAdded);
    }
  }

  /** Lower-cases an operation name and turns spaces and hyphens into underscores. */
  public static String normalise(String type) {
    String t =
        Objects.requireNonNull(type, "type")
            .trim()
            .toLowerCase(Locale.ROOT)
            .replace(' ', '_')
            .replace('-', '_');
    if (!ID.matcher(t).matches()) {
      throw new IllegalArgumentException(
          "not an operation name: '" + type + "' (letters, digits and underscores)");
    }
    return t;
  }

  /** Same operation performed in another country: what-if moves and property tests use it. */
  public Operation movedTo(CountryCode other) {
    return new Operation(type, other, valueAdded);
  }
}
