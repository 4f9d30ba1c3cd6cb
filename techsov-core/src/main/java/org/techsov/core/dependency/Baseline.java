package org.techsov.core.dependency;

import java.util.List;

/**
 * The same importer and product group in the baseline year, for comparison.
 *
 * @param year the baseline year
 * @param importValueUsd imports in the baseline year (0 when there were none)
 * @param hhi HHI in the baseline year (NaN when there were no imports)
 * @param blocShares bloc shares in the baseline year, in the query's bloc order
 */
public record Baseline(int year, double importValueUsd, double hhi, List<BlocShare> blocShares) {
  public Baseline {
    blocShares = List.copyOf(blocShares);
  }
}
