package org.techsov.store.duckdb;

import java.util.Map;
import java.util.StringJoiner;

/**
 * The SQL that loads a BACI-layout file ({@code t,i,j,k,v,q}; v in thousand US dollars, q in metric
 * tonnes) into {@code flow} and the rules every loaded row must satisfy.
 *
 * <p>Codes are mapped with a constant list lookup rather than a join so that rows keep file order:
 * a row's position among the parsed rows is what locates it in the file.
 */
final class BaciLoadSql {
  /** Rejects are kept by DuckDB's CSV reader in these temporary tables. */
  static final String REJECT_ERRORS = "techsov_reject_errors";

  static final String REJECT_SCANS = "techsov_reject_scans";

  /** A row is invalid when this holds; the CASE in {@link #REASON} says why. */
  static final String INVALID =
      "(year IS NULL OR year < 1950 OR year > 2100"
          + " OR exporter IS NULL OR importer IS NULL OR exporter = importer"
          + " OR product IS NULL OR product < 10000 OR product > 999999 OR product // 10000 = 77"
          + " OR value_usd IS NULL OR NOT isfinite(value_usd) OR value_usd < 0"
          + " OR (quantity IS NOT NULL AND (NOT isfinite(quantity) OR quantity < 0)))";

  /** Field and reason of the first rule a row breaks, as {@code field|reason}. */
  static final String REASON =
      "CASE"
          + " WHEN year IS NULL OR year < 1950 OR year > 2100 THEN 't|year outside 1950-2100'"
          + " WHEN exporter IS NULL THEN 'i|unknown exporter country code'"
          + " WHEN importer IS NULL THEN 'j|unknown importer country code'"
          + " WHEN exporter = importer THEN 'j|importer equals exporter'"
          + " WHEN product IS NULL OR product < 10000 OR product > 999999 OR product // 10000 = 77"
          + " THEN 'k|not an HS6 product code (6 digits, chapter 01-99 but not 77)'"
          + " WHEN value_usd IS NULL THEN 'v|value missing'"
          + " WHEN NOT isfinite(value_usd) THEN 'v|value is not a finite number'"
          + " WHEN value_usd < 0 THEN 'v|value is negative'"
          + " WHEN NOT isfinite(quantity) THEN 'q|quantity is not a number'"
          + " WHEN quantity < 0 THEN 'q|quantity is negative'"
          + " ELSE 'k|product code not in the product dictionary' END";

  /** Packs (year, exporter, importer, product) into one BIGINT for the duplicate-key check. */
  static final String KEY =
      "((CAST(year AS BIGINT) << 40) | (CAST(exporter AS BIGINT) << 30)"
          + " | (CAST(importer AS BIGINT) << 20) | CAST(product AS BIGINT))";

  private BaciLoadSql() {}

  static String insert(long importId, String location, Map<Integer, Integer> codes) {
    String map = codeList(codes);
    return "INSERT INTO flow SELECT "
        + importId
        + ", t, 0, ("
        + map
        + ")[i + 1], ("
        + map
        + ")[j + 1],"
        + " TRY_CAST(k AS INTEGER),"
        + " v * 1000.0,"
        // NA (BACI pads it with spaces) and empty mean unknown; other text is flagged by NaN
        + " coalesce(TRY_CAST(q AS DOUBLE),"
        + " CASE WHEN q IS NULL OR trim(q) IN ('', 'NA') THEN NULL ELSE 'NaN'::DOUBLE END)"
        + " FROM read_csv('"
        + DuckDbStore.sqlString(location)
        + "', header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
        + " columns = {'t': 'SMALLINT', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR',"
        + " 'v': 'DOUBLE', 'q': 'VARCHAR'},"
        + " store_rejects = true, rejects_table = '"
        + REJECT_ERRORS
        + "', rejects_scan = '"
        + REJECT_SCANS
        + "', compression = 'auto')";
  }

  /**
   * A list literal {@code [k0, k1, ...]} whose element {@code code + 1} is the store key of file
   * code {@code code}, or NULL; codes outside the list map to NULL too.
   */
  static String codeList(Map<Integer, Integer> codes) {
    int max = codes.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    StringJoiner j = new StringJoiner(",", "[", "]::SMALLINT[]");
    for (int code = 0; code <= max; code++) {
      Integer key = code < 0 ? null : codes.get(code);
      j.add(key == null ? "NULL" : key.toString());
    }
    return j.toString();
  }
}
