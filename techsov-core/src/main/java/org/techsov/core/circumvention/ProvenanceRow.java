package org.techsov.core.circumvention;

/**
 * Shipments of one period from one dispatch country, split by attribution. Values are US dollars.
 *
 * @param period {@code YYYY-MM} or {@code YYYY}
 * @param dispatch the dispatch country, or {@code other}
 * @param shipments number of records
 * @param value value of all of them
 * @param blocBrand value of goods whose brand's owner has its headquarters in the bloc
 * @param blocBrandMadeOutside of which made outside the bloc (origin not in the bloc)
 * @param unknownBrand value of goods whose brand's headquarters is not known
 */
public record ProvenanceRow(
    String period,
    String dispatch,
    long shipments,
    double value,
    double blocBrand,
    double blocBrandMadeOutside,
    double unknownBrand) {
  /** Share of the value that carries a bloc brand. */
  public double blocBrandShare() {
    return value > 0 ? blocBrand / value : Double.NaN;
  }
}
