package org.techsov.core.circumvention;

/**
 * How sure a route's surge is a sanction effect rather than noise.
 *
 * @param did the PPML difference-in-differences estimate of listed against control goods of the
 *     same chapters on the bloc-to-hub leg (log points; NaN without control goods)
 * @param didInterval its 95% bootstrap interval over post months
 * @param ratioInterval the 95% bootstrap interval of the bloc-to-hub surge ratio
 * @param pValue the one-sided p-value: of the permutation test of the estimate when there are
 *     control goods, else the bootstrap p-value of the surge
 * @param test which test gave the p-value: {@code permutation} or {@code bootstrap}
 * @param qValue the Benjamini-Hochberg q-value over every route tested
 */
public record Effect(
    double did,
    Interval didInterval,
    Interval ratioInterval,
    double pValue,
    String test,
    double qValue) {
  Effect withQ(double q) {
    return new Effect(did, didInterval, ratioInterval, pValue, test, q);
  }
}
