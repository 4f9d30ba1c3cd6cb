package org.techsov.ingest.reported;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.HsConcordance;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.trade.ProductLevel;
import org.techsov.ingest.rows.RowError;

/**
 * Reads product codes as statistics write them and makes them comparable: all goods ({@code
 * TOTAL}), chapters ({@code 27}, {@code HS27}), headings, HS6 subheadings and CN8 codes, with a
 * leading zero lost by a spreadsheet restored (7 digits to 8). The revision is the one given, or
 * the one in force in the period (the CN of a year follows the HS then in force: HS2017 for
 * 2017-2021, HS2022 from 2022). Subheadings become comparable HS2022 keys through the concordance;
 * without one, only HS2022 codes are accepted, so that revisions are never mixed silently.
 * Confidential codes ({@code 8542XXXX}, {@code SS...}) are refused as such.
 */
final class ProductCodes {
  private final Optional<HsRevision> fixed;
  private final HsConcordance concordance;
  private final Map<Long, Integer> cache = new HashMap<>();
  private final Map<String, Product> parsed = new HashMap<>();

  /**
   * A parsed code.
   *
   * @param code the code with its leading zeros, {@code ""} for all goods
   * @param level its level
   * @param revision its HS revision
   * @param hs6 the comparable HS2022 subheading, or -1 above HS6
   */
  record Product(String code, ProductLevel level, HsRevision revision, int hs6) {}

  /**
   * @param concordance the concordance, or null when none was given
   */
  ProductCodes(Optional<HsRevision> fixed, HsConcordance concordance) {
    this.fixed = fixed;
    this.concordance = concordance;
  }

  boolean hasConcordance() {
    return concordance != null;
  }

  /** What the codes are and how they are compared, for the import log. */
  String description() {
    String rev = fixed.map(HsRevision::name).orElse("HS in force by period");
    return rev + (concordance == null ? "; HS2022 codes as reported" : " -> HS2022 by concordance");
  }

  static HsRevision inForce(int year) {
    HsRevision out = null;
    for (HsRevision r : HsRevision.values()) {
      if (r.year() <= year) {
        out = r;
      }
    }
    if (out == null) {
      throw new RowError("period", Integer.toString(year), "before the first HS revision (1992)");
    }
    return out;
  }

  /**
   * @param declaredLevel the level the file states (CN8, HS6, HS4, HS2, TOTAL), or null
   * @param year the year of the flow, for the revision in force
   */
  Product parse(String field, String raw, String declaredLevel, int year) {
    return parse(field, raw, declaredLevel, Optional.empty(), year);
  }

  /** As above, for a row that states its own revision (which wins over the default). */
  Product parse(
      String field, String raw, String declaredLevel, Optional<HsRevision> stated, int year) {
    HsRevision revision = stated.or(() -> fixed).orElseGet(() -> inForce(year));
    String key = raw + '|' + declaredLevel + '|' + revision.ordinal();
    Product p = parsed.get(key);
    if (p == null) {
      p = read(field, raw, declaredLevel, revision);
      if (parsed.size() < 200_000) {
        parsed.put(key, p);
      }
    }
    return p;
  }

  private Product read(String field, String raw, String declaredLevel, HsRevision revision) {
    String t = raw == null ? "" : raw.strip().replace(" ", "").replace(".", "");
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.contains("X") || upper.startsWith("SS") || upper.contains("CONF")) {
      throw RowError.aggregate(
          field,
          raw,
          "confidential product code "
              + raw
              + ": the reporter hides the goods below this level; not stored");
    }
    String code = code(field, raw, upper);
    ProductLevel level = ProductLevel.ofDigits(code.length());
    if (declaredLevel != null && !declaredLevel.isBlank()) {
      checkDeclared(field, raw, declaredLevel.strip().toUpperCase(Locale.ROOT), level);
    }
    int hs6 =
        level.hasSubheading()
            ? key(field, raw, revision, Integer.parseInt(code.substring(0, 6)))
            : -1;
    return new Product(code, level, revision, hs6);
  }

  private static String code(String field, String raw, String upper) {
    if (upper.equals("TOTAL") || upper.equals("ALL") || upper.equals("00")) {
      return "";
    }
    String t = upper.matches("(HS|CH)\\d{2}") ? upper.substring(2) : upper;
    if (!t.matches("\\d{1,8}")) {
      throw new RowError(field, raw, "not a product code (TOTAL, or 2, 4, 6 or 8 digits)");
    }
    if (t.length() % 2 == 1) {
      t = "0" + t;
    }
    if (!HsCode.isWellFormed(t.substring(0, Math.min(6, t.length())))) {
      throw new RowError(field, raw, "not an HS code (chapter 01-99 but not 77)");
    }
    return t;
  }

  private static void checkDeclared(String field, String raw, String declared, ProductLevel level) {
    ProductLevel d;
    try {
      d = ProductLevel.valueOf(declared);
    } catch (IllegalArgumentException e) {
      throw new RowError(
          "product_level", declared, "unknown level (use CN8, HS6, HS4, HS2, TOTAL)");
    }
    if (d != level) {
      throw new RowError(
          field, raw, "the code has " + level.digits() + " digits but its level says " + declared);
    }
  }

  private int key(String field, String raw, HsRevision revision, int hs6) {
    if (concordance == null) {
      if (revision != HsRevision.HS2022) {
        throw new RowError(
            field,
            raw,
            "a "
                + revision
                + " code cannot be compared with HS2022 codes without the concordance; pass"
                + " --concordance FILE");
      }
      return hs6;
    }
    long k = ((long) revision.ordinal() << 32) | hs6;
    Integer cached = cache.get(k);
    if (cached == null) {
      OptionalInt v = concordance.toAnalysisKey(revision, hs6);
      cached = v.isPresent() ? v.getAsInt() : -1;
      cache.put(k, cached);
    }
    if (cached < 0) {
      throw new RowError(
          field,
          raw,
          String.format(
              Locale.ROOT, "%06d is not a %s subheading in the concordance", hs6, revision));
    }
    return cached;
  }

  /** HS2022 codes merged by the concordance, mapped to their group key. */
  Map<Integer, Integer> groups() {
    return concordance == null ? Map.of() : concordance.groups();
  }
}
