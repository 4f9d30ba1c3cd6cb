package org.techsov.bench.complexity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.reference.Country;
import org.techsov.ingest.reference.ReferenceDataLoader;

/**
 * The 200 x 5000 synthetic year of {@link SyntheticExports#large()} written twice: as a long CSV of
 * export values ({@code year,country,product,export_value}) for {@code complexity --input}, and as
 * a BACI-layout flow file for {@code ingest baci}, each positive export cell split over a random
 * number of distinct importers (1 to {@code 2 * flowsPerCell - 1}, so {@code flowsPerCell} on
 * average; 22 gives 11.1 million flows, the size of a BACI year). Countries are the first 200 BACI
 * countries of the reference data, products 5000 valid HS6 codes; the CSV's values are the dollar
 * sums of the flows, so both paths hold the same matrix.
 */
final class EndToEndWorld {
  static final String FLOWS = "BACI_HS17_Y2021_V202501.csv";
  static final String EXPORTS = "exports.csv";

  private EndToEndWorld() {}

  static void write(Path dir, int flowsPerCell, long seed) throws IOException {
    ExportMatrix m = SyntheticExports.large();
    List<Country> countries = countries(m.countryCount());
    int[] products = products(m.productCount());
    String[] codes =
        Arrays.stream(products).mapToObj(p -> String.format("%06d", p)).toArray(String[]::new);
    Files.createDirectories(dir);
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] dollars = new long[m.values().length];
    try (BufferedWriter w =
        new BufferedWriter(Files.newBufferedWriter(dir.resolve(FLOWS)), 1 << 20)) {
      w.write("t,i,j,k,v,q\n");
      StringBuilder sb = new StringBuilder(64);
      for (int c = 0; c < countries.size(); c++) {
        List<long[]> rows = new ArrayList<>();
        for (int p = 0; p < products.length; p++) {
          double x = m.value(c, p);
          if (x > 0) {
            split(c, p, x, flowsPerCell, countries.size(), rnd, rows, dollars, m.productCount());
          }
        }
        rows.sort(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]));
        for (long[] r : rows) {
          sb.setLength(0);
          sb.append(m.year()).append(',').append(countries.get(c).baciCode()).append(',');
          sb.append(countries.get((int) r[0]).baciCode()).append(',');
          sb.append(codes[(int) r[1]]).append(',');
          long frac = r[2] % 1000;
          sb.append(r[2] / 1000).append(frac < 10 ? ".00" : frac < 100 ? ".0" : ".").append(frac);
          sb.append(",NA\n");
          w.append(sb);
        }
      }
    }
    writeExports(dir.resolve(EXPORTS), m, countries, codes, dollars);
  }

  /** Splits a cell's whole dollars over distinct importers, the last taking the remainder. */
  private static void split(
      int c,
      int p,
      double x,
      int mean,
      int n,
      SplittableRandom rnd,
      List<long[]> rows,
      long[] dollars,
      int width) {
    long total = Math.max(1, Math.round(x));
    int k = (int) Math.min(Math.min(n - 1, total), 1 + rnd.nextInt(2 * mean - 1));
    int[] importers = rnd.ints(0, n).filter(j -> j != c).distinct().limit(k).toArray();
    long left = total;
    for (int i = 0; i < k; i++) {
      long part = i == k - 1 ? left : Math.max(1, Math.min(left - (k - 1 - i), total / k));
      left -= part;
      rows.add(new long[] {importers[i], p, part});
    }
    dollars[c * width + p] = total;
  }

  private static void writeExports(
      Path file, ExportMatrix m, List<Country> countries, String[] codes, long[] dollars)
      throws IOException {
    try (BufferedWriter w = new BufferedWriter(Files.newBufferedWriter(file), 1 << 20)) {
      w.write("year,country,product,export_value\n");
      for (int c = 0; c < m.countryCount(); c++) {
        for (int p = 0; p < m.productCount(); p++) {
          long d = dollars[c * m.productCount() + p];
          if (d > 0) {
            w.write(
                m.year()
                    + ","
                    + countries.get(c).code().alpha3()
                    + ","
                    + codes[p]
                    + ","
                    + d
                    + "\n");
          }
        }
      }
    }
  }

  private static List<Country> countries(int n) {
    return ReferenceDataLoader.builtIn().countries().all().stream()
        .filter(c -> c.baciCode() > 0 && !c.alpha2().isEmpty())
        .sorted(Comparator.comparingInt(Country::baciCode))
        .limit(n)
        .toList();
  }

  /** {@code n} HS6 codes over chapters 01-97 (not 77), sorted. */
  private static int[] products(int n) {
    int[] out = new int[n];
    int i = 0;
    for (int sub = 10; i < n; sub += 10) {
      for (int heading = 1; heading <= 99 && i < n; heading++) {
        for (int chapter = 1; chapter <= 97 && i < n; chapter++) {
          if (chapter != 77) {
            out[i++] = chapter * 10000 + heading * 100 + sub;
          }
        }
      }
    }
    Arrays.sort(out);
    return out;
  }
}
