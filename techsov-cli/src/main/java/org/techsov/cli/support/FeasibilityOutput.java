package org.techsov.cli.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.techsov.core.complexity.FeasibilityCandidate;
import org.techsov.core.complexity.FeasibilityReport;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;
import org.techsov.store.duckdb.ResultTable;

/**
 * Writes a feasibility report: text tables of the ranked candidates and of those out of reach, or
 * both tables as CSV, JSON or Parquet (CSV and Parquet with {@code --out F}: {@code
 * F-candidates.csv} and {@code F-out-of-reach.csv}).
 *
 * @param format table, csv, json or parquet
 * @param out the file, or null for standard output
 * @param top candidates to list (0 = all)
 * @param outOfReach candidates out of reach to list
 * @param heading the report's context in words (level, areas, bloc, options)
 * @param bloc the bloc whose share is shown
 */
public record FeasibilityOutput(
    String format, Path out, int top, int outOfReach, String heading, String bloc) {

  /** Refuses impossible combinations before any work is done. */
  public static void check(String format, Path out, int top, int outOfReach) {
    TableOutput.checkFormat(format, out);
    if (top < 0 || outOfReach < 0) {
      throw TechsovException.invalidArgument("--top and --out-of-reach must be >= 0");
    }
  }

  public void write(FeasibilityReport report, PrintWriter w) {
    List<FeasibilityCandidate> ranked = FeasibilityTables.ranked(report, top);
    List<FeasibilityCandidate> far = FeasibilityTables.outOfReach(report, outOfReach);
    ResultTable a = FeasibilityTables.table("candidates", report.year(), report.country(), ranked);
    ResultTable b = FeasibilityTables.table("out-of-reach", report.year(), report.country(), far);
    switch (format) {
      case "table" -> FeasibilityText.print(report, ranked, far, heading, bloc, w);
      case "json" -> json(report, List.of(a, b), w);
      default -> TableOutput.writeAll(List.of(a, b), format, out, w, ProgressListener.NONE);
    }
    w.flush();
  }

  private void json(FeasibilityReport report, List<ResultTable> tables, PrintWriter w) {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(sw)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("country", report.country());
      g.writeNumberField("year", report.year());
      g.writeStringField("context", heading);
      g.writeStringField("bloc", bloc);
      g.writeNumberField("candidateCount", report.candidates().size());
      g.writeArrayFieldStart("importsWithoutComplexityData");
      for (String p : report.importsWithoutComplexityData()) {
        g.writeString(p);
      }
      g.writeEndArray();
      for (ResultTable t : tables) {
        TableOutput.json(t, g);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory cannot fail", e);
    }
    String text = sw + "\n";
    if (out == null) {
      w.print(text);
      return;
    }
    OutputSink.writeFile(out, text);
    w.printf(Locale.ROOT, "wrote %s%n", out);
  }
}
