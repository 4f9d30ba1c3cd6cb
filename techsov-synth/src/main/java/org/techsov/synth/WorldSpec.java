package org.techsov.synth;

import java.time.LocalDate;
import java.util.Objects;
import org.techsov.core.reference.CountryCode;

/**
 * Parameters of a synthetic trade world. Every number it produces follows from these and the seed:
 * the same spec always writes the same bytes.
 *
 * @param seed random seed
 * @param fromYear first year, inclusive
 * @param toYear last year, inclusive
 * @param rowsPerYear approximate number of flows per year (BACI has about 11 million)
 * @param products number of HS6 products (BACI HS17 has about 5,400)
 * @param target the sanctioned country
 * @param shockDate the day sanctions take effect
 * @param collapse share of the coalition's exports of technology goods to the target that stops
 *     after the shock, 0-1
 * @param shock whether to plant the shock at all (a world without one is a null model)
 */
public record WorldSpec(
    long seed,
    int fromYear,
    int toYear,
    long rowsPerYear,
    int products,
    CountryCode target,
    LocalDate shockDate,
    double collapse,
    boolean shock) {
  public WorldSpec {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(shockDate, "shockDate");
    if (fromYear > toYear || fromYear < 1995 || toYear > 2100) {
      throw new IllegalArgumentException(
          "years must satisfy 1995 <= from <= to: " + fromYear + ".." + toYear);
    }
    if (rowsPerYear < 1_000 || rowsPerYear > 100_000_000) {
      throw new IllegalArgumentException(
          "rows per year must be 1,000..100,000,000: " + rowsPerYear);
    }
    if (products < 200 || products > 9_000) {
      throw new IllegalArgumentException("products must be 200..9,000: " + products);
    }
    if (!(collapse >= 0 && collapse <= 1)) {
      throw new IllegalArgumentException("collapse must be within 0..1: " + collapse);
    }
  }

  /** The demo world: 2017-2024, about 150,000 flows a year, shock on 24 February 2022. */
  public static WorldSpec demo() {
    return new WorldSpec(
        20220224L,
        2017,
        2024,
        150_000,
        1_500,
        new CountryCode("RUS"),
        LocalDate.of(2022, 2, 24),
        0.92,
        true);
  }

  /** One year at BACI scale (about 11 million flows), for benchmarks. */
  public static WorldSpec baciYear(long seed) {
    return new WorldSpec(
        seed,
        2022,
        2022,
        11_000_000,
        5_000,
        new CountryCode("RUS"),
        LocalDate.of(2022, 2, 24),
        0.92,
        true);
  }

  public WorldSpec withRows(long rows) {
    return new WorldSpec(
        seed, fromYear, toYear, rows, products, target, shockDate, collapse, shock);
  }

  public WorldSpec withYears(int from, int to) {
    return new WorldSpec(seed, from, to, rowsPerYear, products, target, shockDate, collapse, shock);
  }

  public WorldSpec withSeed(long newSeed) {
    return new WorldSpec(
        newSeed, fromYear, toYear, rowsPerYear, products, target, shockDate, collapse, shock);
  }

  public WorldSpec withProducts(int n) {
    return new WorldSpec(
        seed, fromYear, toYear, rowsPerYear, n, target, shockDate, collapse, shock);
  }

  public WorldSpec withoutShock() {
    return new WorldSpec(
        seed, fromYear, toYear, rowsPerYear, products, target, shockDate, collapse, false);
  }

  /** Share of the year {@code year} that lies after the shock date (0 before, 1 after). */
  public double shockExposure(int year) {
    if (!shock || year < shockDate.getYear()) {
      return 0;
    }
    if (year > shockDate.getYear()) {
      return 1;
    }
    int days = shockDate.lengthOfYear();
    return (double) (days - shockDate.getDayOfYear() + 1) / days;
  }
}
