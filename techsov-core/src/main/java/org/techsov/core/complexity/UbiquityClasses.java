package org.techsov.core.complexity;

import java.util.Arrays;

/**
 * Products grouped by ubiquity. Symmetric co-export proximity divides by {@code max(u_p, u_q)},
 * which depends on a pair only through which of the two ubiquities is larger; grouping the products
 * by ubiquity turns the dense P x P products of density and outlook gain into sums over country
 * pairs, class by class (see {@link DiscreteProductSpace}).
 */
final class UbiquityClasses {
  /** Number of classes (distinct positive ubiquities). */
  final int count;

  /** Ubiquity of each class, ascending. */
  final int[] ubiquity;

  /** Class of each product, -1 when its ubiquity is 0. */
  final int[] classOf;

  /** Products of each class, ascending. */
  final int[][] members;

  UbiquityClasses(int[] productUbiquity) {
    int[] distinct =
        Arrays.stream(productUbiquity).filter(u -> u > 0).distinct().sorted().toArray();
    count = distinct.length;
    ubiquity = distinct;
    classOf = new int[productUbiquity.length];
    int[] size = new int[count];
    for (int p = 0; p < productUbiquity.length; p++) {
      int u = productUbiquity[p];
      classOf[p] = u > 0 ? Arrays.binarySearch(distinct, u) : -1;
      if (u > 0) {
        size[classOf[p]]++;
      }
    }
    members = new int[count][];
    for (int k = 0; k < count; k++) {
      members[k] = new int[size[k]];
      size[k] = 0;
    }
    for (int p = 0; p < productUbiquity.length; p++) {
      int k = classOf[p];
      if (k >= 0) {
        members[k][size[k]++] = p;
      }
    }
  }
}
