package org.techsov.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CliProgress;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.spi.ImportRecord;
import org.techsov.ingest.baci.BaciImportOptions;
import org.techsov.ingest.baci.BaciImporter;
import org.techsov.ingest.baci.ImportOutcome;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techsov ingest baci FILE ...}. */
@Command(
    name = "baci",
    mixinStandardHelpOptions = true,
    description = {
      "Import CEPII BACI flow files (columns t,i,j,k,v,q; v in thousand USD, q in tonnes; plain",
      "or gzip). Each file is imported in one transaction: every row is validated, rejected rows",
      "are written with file, line, field, raw value and reason, and read = stored + rejected.",
      "A file imported before (same SHA-256) is skipped unless --replace is given."
    })
public final class IngestBaciCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "BACI flow file(s), e.g. BACI_HS17_Y2022_V202501.csv")
  java.util.List<Path> files;

  @Option(
      names = "--codes",
      paramLabel = "FILE",
      description = "The release's country dictionary (country_codes_V*.csv).")
  Path codes;

  @Option(
      names = "--products",
      paramLabel = "FILE",
      description =
          "The release's product dictionary (product_codes_HS*_V*.csv); unknown products are then rejected.")
  Path products;

  @Option(
      names = "--hs-revision",
      paramLabel = "REV",
      description = "HS revision (HS92..HS22); default: from the file name.")
  String revision;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description =
          "Where to write rejected rows (default: <file>.rejects.csv in the working directory).")
  Path rejects;

  @Option(
      names = "--replace",
      description = "Re-import a file imported before and replace flows of its years.")
  boolean replace;

  @Option(
      names = "--max-reject-rate",
      paramLabel = "SHARE",
      defaultValue = "0.05",
      description =
          "Largest share of rejected rows for which the good rows are stored (default ${DEFAULT-VALUE}).")
  double maxRejectRate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<HsRevision> rev =
        Optional.ofNullable(revision)
            .map(
                r ->
                    HsRevision.parse(r)
                        .orElseThrow(
                            () ->
                                TechsovException.invalidArgument(
                                    "unknown HS revision '"
                                        + r
                                        + "' (use HS92, HS96, HS02, HS07, HS12, HS17 or HS22)")));
    try (DuckDbStore store = global.openStore();
        CliProgress progress =
            new CliProgress(global.config().progress(), spec.commandLine().getErr())) {
      BaciImporter importer = new BaciImporter(store, global.reference());
      for (Path f : files) {
        BaciImportOptions o =
            new BaciImportOptions(
                f,
                Optional.ofNullable(codes),
                Optional.ofNullable(products),
                rev,
                rejects != null && files.size() == 1
                    ? rejects
                    : BaciImportOptions.defaultRejectFile(f),
                replace,
                maxRejectRate);
        ImportOutcome outcome = importer.run(o, progress);
        progress.close();
        report(out, outcome);
      }
    }
    return 0;
  }

  static void report(PrintWriter out, ImportOutcome o) {
    ImportRecord r = o.record();
    if (o.skipped()) {
      out.printf(
          "%s: already imported (import %d, %s); nothing to do (use --replace to import it again)%n",
          r.fileName(), r.id(), r.finishedAt());
      return;
    }
    out.printf(
        "%s: read %,d = stored %,d + rejected %,d (import %d, %s, years %s)%n",
        r.fileName(),
        r.rowsRead(),
        r.rowsStored(),
        r.rowsRejected(),
        r.id(),
        r.revision(),
        r.years());
    if (!r.rejectFile().isEmpty()) {
      out.printf("  rejected rows and reasons: %s%n", r.rejectFile());
    }
    if (!r.note().isEmpty()) {
      out.printf("  %s%n", r.note());
    }
    out.flush();
  }
}
