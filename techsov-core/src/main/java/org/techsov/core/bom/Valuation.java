package org.techsov.core.bom;

/**
 * Product-level values that value-share rules need beyond the items' own values. Amounts are per
 * unit of the end product, in the bill's currency.
 *
 * @param transactionValue the adjusted (FOB) transaction value; {@code null} means "use the end
 *     product's unit value"
 * @param netCost total cost less sales promotion, marketing, after-sales service, royalties,
 *     shipping and packing and non-allowable interest; {@code null} when not given, which makes the
 *     net-cost method fail with a message
 */
public record Valuation(Double transactionValue, Double netCost) {
  public Valuation {
    check(transactionValue, "transaction value");
    check(netCost, "net cost");
  }

  /** No product-level figures: the end product's unit value stands for the transaction value. */
  public static Valuation none() {
    return new Valuation(null, null);
  }

  private static void check(Double value, String what) {
    if (value != null && !(value > 0 && !value.isInfinite())) {
      throw new IllegalArgumentException(what + " must be finite and > 0: " + value);
    }
  }
}
