package org.techsov.bench.complexity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.complexity.ExportMatrixBuilder;

/** Reads one year of {@code year,country,product,export_value} rows (gen.py's output format). */
final class LongCsv {
  private LongCsv() {}

  static ExportMatrix read(Path file) throws IOException {
    ExportMatrixBuilder builder = null;
    try (BufferedReader in = Files.newBufferedReader(file)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",", -1);
        if (builder == null) {
          builder = ExportMatrix.builder(Integer.parseInt(f[0]));
        }
        builder.add(f[1], f[2], Double.parseDouble(f[3]));
      }
    }
    if (builder == null) {
      throw new IOException("no rows in " + file);
    }
    return builder.build();
  }
}
