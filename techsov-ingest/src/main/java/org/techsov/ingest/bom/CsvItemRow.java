package org.techsov.ingest.bom;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.List;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.Operation;
import org.techsov.core.bom.SourceLocation;
import org.techsov.core.bom.Substitute;

/**
 * The item attributes of one CSV row. Operations are {@code type|country|value_added} and
 * substitutes {@code part|manufacturer|origin|qualified|qualified_from}, several separated by
 * {@code ;}.
 */
final class CsvItemRow {
  private CsvItemRow() {}

  static BomItem item(NamedCsvRecord r, String part, SourceLocation at) {
    String origin = cell(r, "origin");
    String hs = cell(r, "hs");
    return new BomItem(
        part,
        cell(r, "description"),
        BomFields.hs(hs, at, "hs"),
        cell(r, "manufacturer"),
        BomFields.country(origin, at, "origin"),
        BomFields.nonNegative(BomCsvReader.required(r, "unit_value", at), at, "unit_value"),
        BomFields.currency(BomCsvReader.required(r, "currency", at), at, "currency"),
        operations(cell(r, "operations"), at),
        substitutes(cell(r, "substitutes"), at),
        at);
  }

  /** A part seen again under another parent: a value, if given, must match the first row's. */
  static void checkRepeat(NamedCsvRecord r, BomItem first, int firstLine, SourceLocation at) {
    String value = cell(r, "unit_value");
    if (!value.isEmpty() && BomFields.number(value, at, "unit_value") != first.unitValue()) {
      throw BomFields.error(
          at,
          "unit_value",
          "part '"
              + first.partNumber()
              + "' has unit value "
              + first.unitValue()
              + " on line "
              + firstLine);
    }
  }

  private static String cell(NamedCsvRecord r, String column) {
    return r.findField(column).orElse("").trim();
  }

  private static List<Operation> operations(String cell, SourceLocation at) {
    List<Operation> out = new ArrayList<>();
    for (String entry : entries(cell)) {
      String[] f = entry.split("\\|", -1);
      if (f.length < 2 || f.length > 3) {
        throw BomFields.error(
            at, "operations", "expected type|country|value_added, got '" + entry + "'");
      }
      out.add(
          new Operation(
              BomFields.operationType(f[0], at, "operations"),
              BomFields.requiredCountry(f[1], at, "operations"),
              f.length == 3 && !f[2].isBlank()
                  ? BomFields.nonNegative(f[2], at, "operations")
                  : 0));
    }
    return out;
  }

  private static List<Substitute> substitutes(String cell, SourceLocation at) {
    List<Substitute> out = new ArrayList<>();
    for (String entry : entries(cell)) {
      String[] f = entry.split("\\|", -1);
      if (f.length < 3 || f.length > 5 || f[0].isBlank()) {
        throw BomFields.error(
            at,
            "substitutes",
            "expected part|manufacturer|origin|qualified|qualified_from, got '" + entry + "'");
      }
      out.add(
          new Substitute(
              f[0].trim(),
              f[1].trim(),
              BomFields.requiredCountry(f[2], at, "substitutes"),
              f.length > 3 && BomFields.bool(f[3], at, "substitutes"),
              f.length > 4 ? BomFields.date(f[4], at, "substitutes") : null));
    }
    return out;
  }

  private static List<String> entries(String cell) {
    List<String> out = new ArrayList<>();
    for (String e : cell.split(";")) {
      if (!e.isBlank()) {
        out.add(e.trim());
      }
    }
    return out;
  }
}
