package org.techsov.cli.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.HsRevision;
import org.techsov.ingest.reported.ReadingOptions;
import org.techsov.ingest.rows.RowImportOptions;
import picocli.CommandLine.Option;

/** Flags of the row-by-row importers (Comext, Comtrade, IMF, shipments). */
public final class RowIngestFlags {
  @Option(
      names = "--concordance",
      paramLabel = "FILE",
      description = {
        "HS revision concordance (code.after,code.before,Relationship,adjustment), read in place;",
        "needed for codes of revisions before HS2022 (e.g. Comext CN8 of 2017-2021)."
      })
  Path concordance;

  @Option(
      names = "--rates",
      paramLabel = "FILE",
      description =
          "More monthly exchange rates (currency,month,usd_per_unit) besides the packaged EUR ones.")
  Path rates;

  @Option(
      names = "--hs-revision",
      paramLabel = "REV",
      description = "HS revision of every code (default: the one in force in each period).")
  String revision;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Where to write rejected rows (default: <file>.rejects.csv here).")
  Path rejects;

  @Option(
      names = "--replace",
      description = "Re-import a file imported before and replace rows of the same cells.")
  boolean replace;

  @Option(
      names = "--max-reject-rate",
      paramLabel = "SHARE",
      defaultValue = "0.05",
      description =
          "Largest share of rows rejected for errors for which the good rows are stored (default"
              + " ${DEFAULT-VALUE}); aggregate rows a source writes on purpose do not count.")
  double maxRejectRate;

  public ReadingOptions reading() {
    Optional<HsRevision> rev =
        Optional.ofNullable(revision)
            .map(
                r ->
                    HsRevision.parse(r)
                        .orElseThrow(
                            () ->
                                TechsovException.invalidArgument(
                                    "unknown HS revision '" + r + "' (use HS12, HS17 or HS22)")));
    return new ReadingOptions(
        Optional.ofNullable(concordance), Optional.ofNullable(rates), rev, Optional.empty());
  }

  public RowImportOptions options(Path file, List<Path> all) {
    RowImportOptions o = RowImportOptions.of(file);
    if (rejects != null && all.size() == 1) {
      o = o.withRejectFile(rejects);
    }
    return o.withReplace(replace).withMaxRejectRate(maxRejectRate);
  }
}
