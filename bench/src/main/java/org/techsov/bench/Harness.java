package org.techsov.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * What the end-to-end harnesses share: {@code --name value} arguments, wall-clock seconds, medians
 * over rounds, and deleting a scratch store between rounds.
 */
public final class Harness {
  private Harness() {}

  /** The value after the first {@code name} in {@code args}, or {@code fallback}. */
  public static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  /** Seconds since {@code startNanos}, a {@link System#nanoTime()} reading. */
  public static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** The median; the mean of the middle two for an even count. */
  public static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** Prints round {@code r}'s seconds of the four steps a to d ({@code seconds[step][round]}). */
  public static void printRound(double[][] seconds, int r) {
    System.out.printf(
        Locale.ROOT,
        "round %d: a %.2f s, b %.2f s, c %.2f s, d %.2f s%n",
        r + 1,
        seconds[0][r],
        seconds[1][r],
        seconds[2][r],
        seconds[3][r]);
  }

  /**
   * Prints one line per step: its name padded to {@code width}, then the median, minimum and
   * maximum of its rounds' seconds ({@code seconds[step][round]}).
   */
  public static void printMedians(String[] names, double[][] seconds, int width) {
    for (int i = 0; i < names.length; i++) {
      double[] s = seconds[i].clone();
      Arrays.sort(s);
      System.out.printf(
          Locale.ROOT,
          "%-" + width + "s median %.2f s (min %.2f, max %.2f)%n",
          names[i],
          median(seconds[i]),
          s[0],
          s[s.length - 1]);
    }
  }

  /** Deletes a DuckDB store file with its write-ahead log and temporary folder, if present. */
  public static void deleteStore(Path db) {
    try {
      Files.deleteIfExists(db);
      Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
      Path tmp = db.resolveSibling(db.getFileName() + ".tmp");
      if (Files.isDirectory(tmp)) {
        try (var s = Files.walk(tmp)) {
          for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
