package org.techsov.core.complexity;

/**
 * The binary country x product matrix {@code M} in the sparse forms the computations need: the
 * products of each country, the exporters of each product (both ascending), and each product's
 * exporters as a bitset over countries, for co-export counts by AND and popcount.
 */
final class Presence {
  final int countries;
  final int products;
  final int[][] productsOf;
  final int[][] exportersOf;
  final int[] diversity;
  final int[] ubiquity;
  private final int words;
  private final long[] columnBits;

  private Presence(int nc, int np, long[] rowBits) {
    countries = nc;
    products = np;
    int rowWords = (np + 63) >>> 6;
    diversity = new int[nc];
    ubiquity = new int[np];
    productsOf = new int[nc][];
    for (int c = 0; c < nc; c++) {
      productsOf[c] = bitsToIndices(rowBits, c * rowWords, rowWords);
      diversity[c] = productsOf[c].length;
      for (int p : productsOf[c]) {
        ubiquity[p]++;
      }
    }
    exportersOf = new int[np][];
    for (int p = 0; p < np; p++) {
      exportersOf[p] = new int[ubiquity[p]];
    }
    int[] fill = new int[np];
    for (int c = 0; c < nc; c++) {
      for (int p : productsOf[c]) {
        exportersOf[p][fill[p]++] = c;
      }
    }
    words = (nc + 63) >>> 6;
    columnBits = new long[np * words];
    for (int p = 0; p < np; p++) {
      for (int c : exportersOf[p]) {
        columnBits[p * words + (c >>> 6)] |= 1L << c;
      }
    }
  }

  /** {@code M_cp = 1} where {@code level_cp} passes the threshold. */
  static Presence fromLevels(double[] level, int nc, int np, double threshold, ThresholdRule rule) {
    return fromLevels(level, null, nc, np, threshold, threshold, rule);
  }

  /**
   * {@code M_cp = 1} where {@code first} passes {@code t1} or, when {@code second} is not null,
   * {@code second} passes {@code t2}.
   */
  static Presence fromLevels(
      double[] first, double[] second, int nc, int np, double t1, double t2, ThresholdRule rule) {
    int rowWords = (np + 63) >>> 6;
    long[] bits = new long[nc * rowWords];
    for (int c = 0; c < nc; c++) {
      for (int p = 0; p < np; p++) {
        int i = c * np + p;
        if (rule.passes(first[i], t1) || (second != null && rule.passes(second[i], t2))) {
          bits[c * rowWords + (p >>> 6)] |= 1L << p;
        }
      }
    }
    return new Presence(nc, np, bits);
  }

  boolean has(int c, int p) {
    return (columnBits[p * words + (c >>> 6)] & (1L << c)) != 0;
  }

  /** The number of countries exporting both {@code p} and {@code q}. */
  int coExporters(int p, int q) {
    int n = 0;
    int a = p * words;
    int b = q * words;
    for (int w = 0; w < words; w++) {
      n += Long.bitCount(columnBits[a + w] & columnBits[b + w]);
    }
    return n;
  }

  private static int[] bitsToIndices(long[] bits, int from, int n) {
    int count = 0;
    for (int w = 0; w < n; w++) {
      count += Long.bitCount(bits[from + w]);
    }
    int[] out = new int[count];
    int k = 0;
    for (int w = 0; w < n; w++) {
      long word = bits[from + w];
      while (word != 0) {
        out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
        word &= word - 1;
      }
    }
    return out;
  }
}
