package org.techsov.core.complexity;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.techsov.core.testing.SharedData;

/** Reads the shared reference CSV files in place (plain comma-separated, one header line). */
final class GoldenCsv {
  final List<String> header;
  final List<String[]> rows;

  private GoldenCsv(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  static GoldenCsv read(String relative) {
    File f = SharedData.file(relative);
    try (BufferedReader in = Files.newBufferedReader(f.toPath(), StandardCharsets.UTF_8)) {
      List<String> header = Arrays.asList(unquote(in.readLine().split(",", -1)));
      List<String[]> rows = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isEmpty()) {
          rows.add(unquote(line.split(",", -1)));
        }
      }
      return new GoldenCsv(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new AssertionError("no column " + name + " in " + header);
    }
    return i;
  }

  /** Rows keyed by the joined values of the key columns. */
  Map<String, String[]> index(String... keys) {
    int[] k = Arrays.stream(keys).mapToInt(this::column).toArray();
    Map<String, String[]> out = new HashMap<>();
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder();
      for (int i : k) {
        b.append(r[i]).append('|');
      }
      out.put(b.toString(), r);
    }
    return out;
  }

  /** Long-format {@code year,country,product,value} columns as one export matrix per year. */
  Map<Integer, ExportMatrix> matrices(String year, String country, String product, String value) {
    int y = column(year);
    int c = column(country);
    int p = column(product);
    int v = column(value);
    Map<Integer, ExportMatrixBuilder> builders = new TreeMap<>();
    for (String[] r : rows) {
      int yr = Integer.parseInt(r[y]);
      builders.computeIfAbsent(yr, ExportMatrix::builder).add(r[c], r[p], Double.parseDouble(r[v]));
    }
    Map<Integer, ExportMatrix> out = new TreeMap<>();
    builders.forEach((yr, b) -> out.put(yr, b.build()));
    return out;
  }

  private static String[] unquote(String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      String s = cells[i];
      if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
        cells[i] = s.substring(1, s.length() - 1);
      }
    }
    return cells;
  }
}
