package org.techsov.core.complexity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All complexity outputs of one year. Indices {@code c} and {@code p} refer to {@link #countries()}
 * and {@link #products()}: the countries and products of the year with positive total exports (the
 * others are in {@link #droppedCountries()} and {@link #droppedProducts()}). Per-cell values are
 * row-major arrays, {@code c * products().size() + p}.
 *
 * <p>Undefined values are NaN and always explained: ECI, PCI, fitness and the reflections indices
 * of a country with no RCA presence ({@link #unrankedCountries()}) or a product nobody exports with
 * RCA presence ({@link #unrankedProducts()}), and every index when {@link #warnings()} says the
 * year has no second eigenvector. Density and distance are always defined; COI and COG are NaN only
 * in a year without PCI.
 */
public final class ComplexityResult {
  private final int year;
  private final ComplexityOptions options;
  private final ActiveSet active;
  private final Presence presence;
  private final List<String> countries;
  private final List<String> products;
  private final Map<String, Integer> countryIndex = new HashMap<>();
  private final Map<String, Integer> productIndex = new HashMap<>();
  private final YearValues values;

  ComplexityResult(
      int year, ComplexityOptions options, ActiveSet active, Presence presence, YearValues values) {
    this.year = year;
    this.options = options;
    this.active = active;
    this.presence = presence;
    this.values = values;
    this.countries = List.copyOf(active.countries);
    this.products = List.copyOf(active.products);
    for (int c = 0; c < active.countries.size(); c++) {
      countryIndex.put(active.countries.get(c), c);
    }
    for (int p = 0; p < active.products.size(); p++) {
      productIndex.put(active.products.get(p), p);
    }
  }

  public int year() {
    return year;
  }

  public ComplexityOptions options() {
    return options;
  }

  /** Countries with positive total exports in the year, in row order. */
  public List<String> countries() {
    return countries;
  }

  /** Products with positive total exports in the year, in column order. */
  public List<String> products() {
    return products;
  }

  /** Countries of the input whose total exports are 0: left out of every output. */
  public List<String> droppedCountries() {
    return List.copyOf(active.droppedCountries);
  }

  /** Products of the input whose total exports are 0: left out of every output. */
  public List<String> droppedProducts() {
    return List.copyOf(active.droppedProducts);
  }

  /** Countries with diversity 0 (possible with a threshold above 1 or {@code >}): no ECI. */
  public List<String> unrankedCountries() {
    return labelsOfZero(presence.diversity, active.countries);
  }

  /** Products with ubiquity 0: no PCI, proximity 0 to every other product. */
  public List<String> unrankedProducts() {
    return labelsOfZero(presence.ubiquity, active.products);
  }

  /** Index of a country label in {@link #countries()}, or -1. */
  public int countryIndex(String country) {
    return countryIndex.getOrDefault(country, -1);
  }

  /** Index of a product label in {@link #products()}, or -1. */
  public int productIndex(String product) {
    return productIndex.getOrDefault(product, -1);
  }

  /** Notes on degenerate years (disconnected network, undefined eigenvector...), in words. */
  public List<String> warnings() {
    return values.warnings();
  }

  public double rca(int c, int p) {
    return values.rca()[cell(c, p)];
  }

  /** RPOP, or NaN when the presence test did not use population. */
  public double rpop(int c, int p) {
    return values.rpop() == null ? Double.NaN : values.rpop()[cell(c, p)];
  }

  /** {@code M_cp}: whether the country exports the product with revealed advantage. */
  public boolean mcp(int c, int p) {
    return presence.has(c, p);
  }

  public int diversity(int c) {
    return presence.diversity[c];
  }

  public int ubiquity(int p) {
    return presence.ubiquity[p];
  }

  public double eci(int c) {
    return values.eci()[c];
  }

  public double pci(int p) {
    return values.pci()[p];
  }

  public double coi(int c) {
    return values.coi()[c];
  }

  public double density(int c, int p) {
    return values.density()[cell(c, p)];
  }

  /** {@code 1 - density}, the R package's distance. */
  public double distance(int c, int p) {
    return 1.0 - values.density()[cell(c, p)];
  }

  public double cog(int c, int p) {
    return values.cog()[cell(c, p)];
  }

  /** Fitness (Tacchella), normalised to mean 1 over ranked countries. */
  public double fitness(int c) {
    return values.fitness()[c];
  }

  /** Product complexity of fitness-complexity, normalised to mean 1 over ranked products. */
  public double productComplexity(int p) {
    return values.productComplexity()[p];
  }

  /** ECI by the method of reflections (z-score, sample sd, as the R package). */
  public double eciReflections(int c) {
    return values.eciReflections()[c];
  }

  /** PCI by the method of reflections (z-score, sample sd, as the R package). */
  public double pciReflections(int p) {
    return values.pciReflections()[p];
  }

  /** The proximity matrix, computed on demand. */
  public ProductProximity proximity() {
    return new ProductProximity(products, values.productSpace());
  }

  private int cell(int c, int p) {
    return c * products.size() + p;
  }

  private static List<String> labelsOfZero(int[] degree, List<String> labels) {
    return java.util.stream.IntStream.range(0, degree.length)
        .filter(i -> degree[i] == 0)
        .mapToObj(labels::get)
        .toList();
  }
}
