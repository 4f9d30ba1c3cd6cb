package org.techsov.ingest.baci;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.BulkImportRequest;
import org.techsov.core.spi.FlowStore;
import org.techsov.core.spi.ImportRecord;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.spi.RowReject;
import org.techsov.core.spi.StagedImport;
import org.techsov.core.spi.StructuralReject;

/**
 * Imports a BACI flows file, all or nothing: every row is validated; rejected rows are written to
 * the reject file with their line, field, raw value and reason; the good rows are stored in one
 * transaction with the accounting {@code read = stored + rejected}. A file already imported (same
 * checksum) is skipped unless replacement is asked for.
 */
public final class BaciImporter {
  public static final String SOURCE = "BACI";

  private final FlowStore store;
  private final ReferenceData reference;

  public BaciImporter(FlowStore store, ReferenceData reference) {
    this.store = store;
    this.reference = reference;
  }

  public ImportOutcome run(BaciImportOptions options, ProgressListener progress) {
    BaciFile file = BaciFileInspector.inspect(options.file(), progress);
    HsRevision revision = revision(options);
    Optional<ImportRecord> earlier = store.findImport(file.checksum());
    if (earlier.isPresent() && !options.replace()) {
      return new ImportOutcome(earlier.get(), true, List.of());
    }
    Map<Integer, Integer> codes =
        options
            .countryCodes()
            .map(p -> BaciDictionaries.countryCodes(p, reference.countries()))
            .orElseGet(() -> BaciDictionaries.builtInCountryCodes(reference.countries()));
    Map<Integer, String> products =
        options.products().map(BaciDictionaries::productNames).orElse(Map.of());
    BulkImportRequest request =
        new BulkImportRequest(
            file.path().toAbsolutePath().toString(),
            file.fileName(),
            SOURCE,
            file.checksum(),
            file.sizeBytes(),
            revision,
            codes,
            products,
            options.replace(),
            file.keysStrictlyIncreasing() && isInjective(codes));
    try (StagedImport staged = store.stage(request, progress)) {
      progress.update("locate", 0, 1);
      List<RejectedRow> rejects = rejects(file, staged);
      progress.update("locate", 1, 1);
      String rejectFile = "";
      if (!rejects.isEmpty()) {
        RejectFileWriter.write(options.rejectFile(), rejects);
        rejectFile = options.rejectFile().toString();
      }
      checkRejectRate(options, file, staged, rejects.size());
      ImportRecord record = staged.commit(rejectFile);
      return new ImportOutcome(record, false, rejects);
    }
  }

  /** Distinct file codes map to distinct store keys, so unique file keys stay unique. */
  private static boolean isInjective(Map<Integer, Integer> codes) {
    return new java.util.HashSet<>(codes.values()).size() == codes.size();
  }

  private static HsRevision revision(BaciImportOptions o) {
    return o.revision()
        .or(() -> HsRevision.fromBaciFileName(o.file().getFileName().toString()))
        .orElseThrow(
            () ->
                TechsovException.invalidArgument(
                    "cannot tell the HS revision from the file name "
                        + o.file().getFileName()
                        + "; pass --hs-revision (e.g. HS17)"));
  }

  private static void checkRejectRate(
      BaciImportOptions o, BaciFile file, StagedImport staged, int rejected) {
    double rate = staged.rowsRead() == 0 ? 0 : (double) rejected / staged.rowsRead();
    if (rate > o.maxRejectRate()) {
      throw new TechsovException(
          ErrorCode.TOO_MANY_REJECTS,
          String.format(
              Locale.ROOT,
              "%s: %d of %d rows rejected (%.1f%%), more than the allowed %.1f%%; nothing was"
                  + " stored. Rejected rows and reasons: %s (raise --max-reject-rate to store the"
                  + " good rows)",
              file.fileName(),
              rejected,
              staged.rowsRead(),
              100 * rate,
              100 * o.maxRejectRate(),
              o.rejectFile()));
    }
  }

  private static List<RejectedRow> rejects(BaciFile file, StagedImport staged) {
    List<RejectedRow> out = new ArrayList<>();
    String name = file.fileName();
    long[] refusedLines =
        staged.structuralRejects().stream().mapToLong(StructuralReject::line).toArray();
    for (StructuralReject s : staged.structuralRejects()) {
      out.add(new RejectedRow(name, s.line(), s.field(), s.rawValue(), s.reason(), s.rawLine()));
    }
    List<RowReject> rows = staged.rowRejects();
    long[] ordinals =
        rows.stream()
            .flatMapToLong(
                r ->
                    r.firstOrdinal() >= 0
                        ? java.util.stream.LongStream.of(r.ordinal(), r.firstOrdinal())
                        : java.util.stream.LongStream.of(r.ordinal()))
            .toArray();
    Map<Long, RecordLocator.Located> where = RecordLocator.locate(file, refusedLines, ordinals);
    for (RowReject r : rows) {
      RecordLocator.Located at = where.get(r.ordinal());
      if (at == null) {
        throw new TechsovException(
            ErrorCode.INTERNAL_ERROR,
            name + ": could not locate rejected row " + r.ordinal() + " in the file");
      }
      String reason = r.reason();
      if (r.firstOrdinal() >= 0 && where.containsKey(r.firstOrdinal())) {
        reason += "; first seen on line " + where.get(r.firstOrdinal()).line();
      }
      out.add(
          new RejectedRow(
              name, at.line(), r.field(), field(at.text(), r.field()), reason, at.text()));
    }
    out.sort(Comparator.comparingLong(RejectedRow::line));
    return out;
  }

  /** The named column's raw text in a BACI line ({@code t,i,j,k,v,q}). */
  static String field(String line, String column) {
    int index = "tijkvq".indexOf(column);
    String[] parts = line.split(",", -1);
    return index >= 0 && index < parts.length ? parts[index].strip() : "";
  }
}
