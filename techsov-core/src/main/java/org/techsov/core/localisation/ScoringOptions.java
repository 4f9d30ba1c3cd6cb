package org.techsov.core.localisation;

import java.util.Objects;
import org.techsov.core.bom.CurrencyTable;

/**
 * How to score.
 *
 * @param currencies conversion table; amounts in the result are in its base currency
 * @param explain whether to list every point and component (costs time and memory on very large
 *     bills; the score is the same either way)
 */
public record ScoringOptions(CurrencyTable currencies, boolean explain) {
  public ScoringOptions {
    Objects.requireNonNull(currencies, "currencies");
  }
}
