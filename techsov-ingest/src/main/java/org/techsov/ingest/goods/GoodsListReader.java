package org.techsov.ingest.goods;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.PriorityItem;
import org.techsov.ingest.csv.CsvTable;

/**
 * Reads a list of goods codes (a column {@code code}, {@code hs_code}, {@code hs6} or {@code cn8};
 * optional {@code tier} and {@code description} or {@code product}) into a dated goods list, such
 * as the CN codes under EU export restrictions for Russia. Codes may have lost their leading zero
 * ({@code 1012100} is CN {@code 01012100}). Analyses compare HS6 subheadings, so a CN8 code lists
 * its subheading (tier {@code CN8}, the CN codes in the description); headings and chapters list
 * everything below them.
 */
public final class GoodsListReader {
  private GoodsListReader() {}

  /**
   * @param id the list's identifier, e.g. {@code eu-restricted}
   * @param version the date of this version of the list
   */
  public static GoodsList read(
      Path file, String id, String name, LocalDate version, String source) {
    if (!Files.isRegularFile(file)) {
      throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "goods list not found: " + file);
    }
    if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
      throw TechsovException.invalidArgument(
          "a goods list id is lower-case letters, digits, '.', '_' and '-': " + id);
    }
    try (InputStream in = Files.newInputStream(file)) {
      CsvTable t = CsvTable.read(file.toString(), in);
      String codeColumn = t.requireOneOf("code", "hs_code", "hs6", "cn8");
      String tierColumn = t.hasColumn("tier") ? "tier" : null;
      String descColumn =
          t.hasColumn("description") ? "description" : t.hasColumn("product") ? "product" : null;
      Map<String, List<String>> cn8 = new TreeMap<>();
      Map<String, PriorityItem> items = new TreeMap<>();
      for (CsvRecord r : t.rows()) {
        String raw = t.get(r, codeColumn);
        String code = raw.replace(".", "").replace(" ", "");
        if (code.matches("\\d{1,8}") && code.length() % 2 == 1) {
          code = "0" + code;
        }
        if (!code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{8}")
            || !HsCode.isWellFormed(code.substring(0, Math.min(6, code.length())))) {
          throw t.error(r, codeColumn, raw, "not an HS or CN code (2, 4, 6 or 8 digits)");
        }
        if (code.length() == 8) {
          cn8.computeIfAbsent(code.substring(0, 6), k -> new ArrayList<>()).add(code);
          continue;
        }
        String tier = tierColumn != null ? t.get(r, tierColumn) : "HS" + code.length();
        String desc = descColumn != null ? t.get(r, descColumn) : "";
        items.put(
            code,
            new PriorityItem(new HsCode(code), tier.isEmpty() ? "HS" + code.length() : tier, desc));
      }
      cn8.forEach(
          (hs6, codes) ->
              items.putIfAbsent(
                  hs6, new PriorityItem(new HsCode(hs6), "CN8", "CN8 " + String.join(" ", codes))));
      if (items.isEmpty()) {
        throw new TechsovException(ErrorCode.EMPTY_FILE, file + ": the list has no codes");
      }
      return new GoodsList(id, name, version, source, new ArrayList<>(items.values()));
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot read " + file + ": " + e, e);
    }
  }
}
