package org.techsov.core.circumvention;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A set of goods written as HS chapters, headings or subheadings ({@code "85"}, {@code "8542"},
 * {@code "854231"}), each with a tier label. A subheading belongs to the set when it or its heading
 * or chapter is listed; the most specific entry gives its tier. Immutable.
 */
public final class ProductSet {
  public static final ProductSet EMPTY = new ProductSet(Map.of());

  private final Map<String, String> entries;
  private final Map<Integer, String> bySubheading = new HashMap<>();
  private final Map<Integer, String> byHeading = new HashMap<>();
  private final Map<Integer, String> byChapter = new HashMap<>();
  private final Set<Integer> chapters = new TreeSet<>();

  /**
   * @param entries tier by code, where the code's digits (2, 4 or 6) give its level
   */
  public ProductSet(Map<String, String> entries) {
    for (var e : entries.entrySet()) {
      String code = e.getKey();
      int v = Integer.parseInt(code);
      switch (code.length()) {
        case 6 -> bySubheading.put(v, e.getValue());
        case 4 -> byHeading.put(v, e.getValue());
        case 2 -> byChapter.put(v, e.getValue());
        default ->
            throw new IllegalArgumentException("not an HS code of 2, 4 or 6 digits: " + code);
      }
      chapters.add(Integer.parseInt(code.substring(0, 2)));
    }
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  public Map<String, String> entries() {
    return entries;
  }

  /** True if the subheading (as an integer, {@code 010121} as {@code 10121}) is in the set. */
  public boolean contains(int hs6) {
    return tier(hs6) != null;
  }

  /** The tier of the most specific entry covering the subheading, or null. */
  public String tier(int hs6) {
    String t = bySubheading.get(hs6);
    if (t == null) {
      t = byHeading.get(hs6 / 100);
    }
    if (t == null) {
      t = byChapter.get(hs6 / 10000);
    }
    return t;
  }

  /** The HS chapters the set touches. */
  public Set<Integer> chapters() {
    return Collections.unmodifiableSet(chapters);
  }

  /** This set with {@code other}'s entries added (this set's tiers win). */
  public ProductSet plus(ProductSet other) {
    Map<String, String> m = new TreeMap<>(other.entries);
    m.putAll(entries);
    return new ProductSet(m);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProductSet p && p.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
