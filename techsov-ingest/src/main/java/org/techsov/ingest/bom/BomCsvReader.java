package org.techsov.ingest.bom;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomEdge;
import org.techsov.core.bom.BomHeader;
import org.techsov.core.bom.BomItem;
import org.techsov.core.bom.SourceLocation;
import org.techsov.core.bom.Valuation;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Reads a bill of materials in CSV, one row per edge (see {@code docs/formats/bom.md}). The row
 * with an empty {@code parent} is the end product. The first row naming a part gives its
 * attributes; later rows for the same part (another parent) may leave them empty. Operations and
 * substitutes are packed in one cell each. Every error names the file, line and column.
 */
public final class BomCsvReader {
  static final List<String> COLUMNS =
      List.of(
          "parent",
          "part",
          "quantity",
          "description",
          "hs",
          "manufacturer",
          "origin",
          "unit_value",
          "currency",
          "operations",
          "substitutes");
  private static final Set<String> REQUIRED =
      Set.of("parent", "part", "quantity", "unit_value", "currency");

  private BomCsvReader() {}

  /**
   * Reads and validates a bill.
   *
   * @param id the bill's id (the CLI uses the file name without extension)
   * @param file the name used in messages
   */
  public static Bom read(Reader reader, String id, String file) {
    List<BomItem> items = new ArrayList<>();
    List<BomEdge> edges = new ArrayList<>();
    Map<String, Integer> definedAt = new HashMap<>();
    String product = null;
    String currency = null;
    SourceLocation productAt = null;
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder()
            .commentStrategy(CommentStrategy.SKIP)
            .commentCharacter('#')
            .skipEmptyLines(true)
            .allowMissingFields(true)
            .allowExtraFields(true)
            .ofNamedCsvRecord(reader)) {
      boolean first = true;
      for (NamedCsvRecord r : csv) {
        SourceLocation at = new SourceLocation(file, (int) r.getStartingLineNumber());
        if (first) {
          checkHeader(r.getHeader(), file);
          first = false;
        }
        if (r.getFieldCount() > r.getHeader().size()) {
          throw BomFields.error(
              at, null, r.getFieldCount() + " fields, but the header has " + r.getHeader().size());
        }
        String part = required(r, "part", at);
        String parent = r.getField("parent").trim();
        if (!definedAt.containsKey(part)) {
          definedAt.put(part, at.line());
          items.add(CsvItemRow.item(r, part, at));
        } else {
          CsvItemRow.checkRepeat(r, items.get(itemIndex(items, part)), definedAt.get(part), at);
        }
        if (parent.isEmpty()) {
          if (product != null) {
            throw BomFields.error(
                at,
                "parent",
                "a second end product '"
                    + part
                    + "' (the product is '"
                    + product
                    + "', line "
                    + productAt.line()
                    + ")");
          }
          product = part;
          productAt = at;
          currency = items.get(itemIndex(items, part)).currency();
        } else {
          double q = BomFields.nonNegative(required(r, "quantity", at), at, "quantity");
          edges.add(new BomEdge(parent, part, q, at));
        }
      }
    } catch (CsvParseException e) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE, file + ": malformed CSV: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, file + ": cannot read: " + e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, file + ": cannot read: " + e.getMessage(), e);
    }
    if (product == null) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE, file + ": no end product (a row with an empty 'parent')");
    }
    BomHeader header =
        new BomHeader(id, id, product, currency, Set.of(), Valuation.none(), 1, productAt);
    return Bom.of(header, items, edges);
  }

  private static int itemIndex(List<BomItem> items, String part) {
    for (int i = items.size() - 1; i >= 0; i--) {
      if (items.get(i).partNumber().equals(part)) {
        return i;
      }
    }
    throw new IllegalStateException("part not defined: " + part);
  }

  private static void checkHeader(List<String> header, String file) {
    SourceLocation first = new SourceLocation(file, 1);
    for (String h : header) {
      if (!COLUMNS.contains(h)) {
        throw BomFields.error(first, h, "unknown column (expected " + COLUMNS + ")");
      }
    }
    for (String r : REQUIRED) {
      if (!header.contains(r)) {
        throw BomFields.error(first, r, "missing column");
      }
    }
  }

  static String required(NamedCsvRecord r, String column, SourceLocation at) {
    String v = r.findField(column).orElse("").trim();
    if (v.isEmpty()) {
      throw BomFields.error(at, column, "missing (required)");
    }
    return v;
  }
}
