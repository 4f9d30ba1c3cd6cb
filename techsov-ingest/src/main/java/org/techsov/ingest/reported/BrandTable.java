package org.techsov.ingest.reported;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.CountryRegistry;
import org.techsov.ingest.csv.CsvTable;

/**
 * Brands and the country of their owner's headquarters: the packaged list of electronics brands
 * ({@code reference/brands.csv}) and any the user adds ({@code brand,hq[,owner]}). Brands match
 * case-insensitively, ignoring punctuation and spacing ({@code "Texas-Instruments"} is Texas
 * Instruments).
 */
public final class BrandTable {
  private final Map<String, CountryCode> hq;

  private BrandTable(Map<String, CountryCode> hq) {
    this.hq = Map.copyOf(hq);
  }

  public static BrandTable builtIn(CountryRegistry countries) {
    try (InputStream in =
        BrandTable.class.getResourceAsStream("/org/techsov/reference/brands.csv")) {
      return new BrandTable(read(CsvTable.read("reference/brands.csv", in), countries));
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.INTERNAL_ERROR, "cannot read the packaged brands", e);
    }
  }

  /** This table with the brands of a user's file added (the file's entries win). */
  public BrandTable with(Path file, CountryRegistry countries) {
    if (!Files.isRegularFile(file)) {
      throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "brands file not found: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      Map<String, CountryCode> m = new HashMap<>(hq);
      m.putAll(read(CsvTable.read(file.toString(), in), countries));
      return new BrandTable(m);
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot read " + file + ": " + e, e);
    }
  }

  private static Map<String, CountryCode> read(CsvTable t, CountryRegistry countries) {
    Map<String, CountryCode> out = new HashMap<>();
    for (CsvRecord r : t.rows()) {
      String code = t.get(r, "hq");
      CountryCode c;
      try {
        c = countries.require(CountryCode.of(code)).code();
      } catch (TechsovException e) {
        throw t.error(r, "hq", code, "unknown country code (use ISO 3166 alpha-3)");
      }
      out.put(normalise(t.get(r, "brand")), c);
    }
    return out;
  }

  static String normalise(String brand) {
    return brand.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
  }

  /** The HQ country of the brand, if the table knows it. */
  public Optional<CountryCode> headquarters(String brand) {
    return brand == null || brand.isBlank()
        ? Optional.empty()
        : Optional.ofNullable(hq.get(normalise(brand)));
  }

  public int size() {
    return hq.size();
  }
}
