package org.techsov.ingest.baci;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.CountryRegistry;
import org.techsov.core.reference.HsCode;
import org.techsov.ingest.csv.CsvTable;

/**
 * The dictionaries BACI ships with each release: country codes ({@code country_codes_V*.csv}) and
 * product codes ({@code product_codes_HS*_V*.csv}). Both layouts BACI has used are accepted.
 */
public final class BaciDictionaries {
  private BaciDictionaries() {}

  /** BACI numeric code to store key, from the packaged reference data. */
  public static Map<Integer, Integer> builtInCountryCodes(CountryRegistry countries) {
    Map<Integer, Integer> out = new HashMap<>();
    for (Country c : countries.all()) {
      c.baci().ifPresent(code -> out.put(code, c.key()));
    }
    return out;
  }

  /**
   * BACI numeric code to store key from a release's country dictionary. A code is matched by its
   * ISO alpha-3 code and, where BACI gives none ({@code N/A}) or one techsov does not know, by the
   * packaged BACI code; codes matching neither stay unmapped and their rows are rejected.
   */
  public static Map<Integer, Integer> countryCodes(Path file, CountryRegistry countries) {
    CsvTable t = read(file);
    String codeCol = t.requireOneOf("country_code");
    String isoCol = t.requireOneOf("country_iso3", "iso_3digit_alpha");
    Map<Integer, Integer> out = new HashMap<>();
    for (CsvRecord r : t.rows()) {
      int code = t.getInt(r, codeCol);
      String iso = t.get(r, isoCol);
      Optional<Country> match =
          iso.matches("[A-Z]{3}") ? countries.find(new CountryCode(iso)) : Optional.empty();
      if (match.isEmpty()
          || (match.get().baciCode() != code && countries.byBaciCode(code).isPresent())) {
        match = countries.byBaciCode(code);
      }
      match.ifPresent(c -> out.put(code, c.key()));
    }
    return out;
  }

  /** HS6 code (as an integer) to description, from a release's product dictionary. */
  public static Map<Integer, String> productNames(Path file) {
    CsvTable t = read(file);
    String codeCol = t.requireOneOf("code");
    String descCol = t.requireOneOf("description");
    Map<Integer, String> out = new HashMap<>();
    for (CsvRecord r : t.rows()) {
      String raw = t.get(r, codeCol);
      HsCode code;
      try {
        code = HsCode.parse(raw);
      } catch (TechsovException e) {
        throw t.error(r, codeCol, raw, "not an HS code");
      }
      if (code.code().length() != 6) {
        throw t.error(r, codeCol, raw, "not a 6-digit HS code");
      }
      out.put(Integer.parseInt(code.code()), t.get(r, descCol));
    }
    return out;
  }

  private static CsvTable read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "file not found: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return CsvTable.read(file.toString(), in);
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot read " + file + ": " + e, e);
    }
  }
}
