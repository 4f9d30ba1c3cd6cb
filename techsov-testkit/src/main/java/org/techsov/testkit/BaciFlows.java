package org.techsov.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.CountryRegistry;
import org.techsov.core.reference.HsCode;
import org.techsov.core.trade.Period;
import org.techsov.core.trade.TradeFlow;

/** Reads a clean BACI-layout file into flows, plainly, for tests. */
public final class BaciFlows {
  private BaciFlows() {}

  public static List<TradeFlow> read(Path file, CountryRegistry countries) {
    List<TradeFlow> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        Country exporter = countries.byBaciCode(Integer.parseInt(f[1])).orElseThrow();
        Country importer = countries.byBaciCode(Integer.parseInt(f[2])).orElseThrow();
        double q = f[5].equals("NA") ? Double.NaN : Double.parseDouble(f[5]);
        out.add(
            new TradeFlow(
                Period.ofYear(Integer.parseInt(f[0])),
                exporter.code(),
                importer.code(),
                HsCode.parse(f[3]),
                Double.parseDouble(f[4]) * 1000.0,
                q,
                "t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
