package org.techsov.ingest.reported;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.trade.FlowDirection;

/**
 * How reported flows are read.
 *
 * @param concordance the HS revision concordance file, needed when codes of revisions before HS2022
 *     are read (it is read where the user keeps it)
 * @param rates a file of further exchange rates ({@code currency,month,usd_per_unit})
 * @param revision the HS revision of the codes; by default the one in force in each period
 * @param flow the flow of every row, for files without a flow column
 */
public record ReadingOptions(
    Optional<Path> concordance,
    Optional<Path> rates,
    Optional<HsRevision> revision,
    Optional<FlowDirection> flow) {
  public ReadingOptions {
    Objects.requireNonNull(concordance, "concordance");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(flow, "flow");
  }

  public static ReadingOptions defaults() {
    return new ReadingOptions(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ReadingOptions withConcordance(Path p) {
    return new ReadingOptions(Optional.of(p), rates, revision, flow);
  }

  public ReadingOptions withFlow(FlowDirection f) {
    return new ReadingOptions(concordance, rates, revision, Optional.of(f));
  }
}
