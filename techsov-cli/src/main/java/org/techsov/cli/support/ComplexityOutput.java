package org.techsov.cli.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.techsov.core.complexity.ComplexityResult;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;
import org.techsov.store.duckdb.ResultTable;

/**
 * Writes the results of {@code techsov complexity}: text tables of the top countries and products,
 * or the full per-country, per-product (and per-cell) tables as CSV, JSON or Parquet. CSV and
 * Parquet with {@code --out F} write one file per table ({@code F-countries.csv} ...); JSON is one
 * document.
 */
public final class ComplexityOutput {
  private final String format;
  private final Path out;
  private final boolean cells;
  private final String country;
  private final int top;

  public ComplexityOutput(String format, Path out, boolean cells, String country, int top) {
    this.format = format.trim().toLowerCase(Locale.ROOT);
    this.out = out;
    this.cells = cells;
    this.country = country == null ? null : country.trim();
    this.top = top;
  }

  /** Refuses impossible combinations before any work is done. */
  public void check() {
    TableOutput.checkFormat(format, out);
    if (format.equals("table") && cells && country == null) {
      throw TechsovException.invalidArgument(
          "--cells as a table needs --country CODE (or use --format csv, json or parquet)");
    }
    if (top < 0) {
      throw TechsovException.invalidArgument("--top must be >= 0");
    }
  }

  public void write(
      List<ComplexityResult> results, String source, PrintWriter w, ProgressListener progress) {
    if (country != null && results.stream().allMatch(r -> r.countryIndex(country) < 0)) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_COUNTRY, "no exports of " + country + " in the data (" + source + ")");
    }
    List<ResultTable> tables = new ArrayList<>();
    tables.add(ComplexityTables.countries(results));
    tables.add(ComplexityTables.products(results));
    if (cells) {
      tables.add(ComplexityTables.cells(results, country));
    }
    progress.update("write", 0, tables.size());
    switch (format) {
      case "table" -> results.forEach(r -> ComplexityText.print(r, source, country, cells, top, w));
      case "json" -> json(tables, source, results, w);
      default -> TableOutput.writeAll(tables, format, out, w, progress);
    }
    progress.update("write", tables.size(), tables.size());
    w.flush();
  }

  private void json(
      List<ResultTable> tables, String source, List<ComplexityResult> results, PrintWriter w) {
    try (Writer target =
            out == null
                ? new NonClosing(w)
                : new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        JsonGenerator g = new JsonFactory().createGenerator(target)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("source", source);
      g.writeStringField("options", ComplexityFlags.describe(results.get(0).options()));
      g.writeArrayFieldStart("years");
      for (ComplexityResult r : results) {
        g.writeStartObject();
        g.writeNumberField("year", r.year());
        strings(g, "droppedCountries", r.droppedCountries());
        strings(g, "droppedProducts", r.droppedProducts());
        strings(g, "unrankedCountries", r.unrankedCountries());
        strings(g, "unrankedProducts", r.unrankedProducts());
        strings(g, "warnings", r.warnings());
        g.writeEndObject();
      }
      g.writeEndArray();
      for (ResultTable t : tables) {
        TableOutput.json(t, g);
      }
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, "cannot write " + (out == null ? "JSON" : out) + ": " + e, e);
    }
    if (out != null) {
      w.printf(Locale.ROOT, "wrote %s%n", out);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Lets a generator close without closing standard output. */
  private static final class NonClosing extends Writer {
    private final Writer w;

    NonClosing(Writer w) {
      this.w = w;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      w.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      w.flush();
    }

    @Override
    public void close() throws IOException {
      w.flush();
    }
  }
}
