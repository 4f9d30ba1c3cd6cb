package org.techsov.ingest.reported;

import java.util.Optional;
import org.techsov.core.reference.HsConcordance;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.trade.ExchangeRates;
import org.techsov.core.trade.FlowDirection;

/**
 * The reading options with their files read once: the concordance and the exchange rates (the
 * packaged ones plus the user's).
 */
public record ReadingContext(
    Optional<HsConcordance> concordance,
    ExchangeRates rates,
    Optional<HsRevision> revision,
    Optional<FlowDirection> flow) {
  public static ReadingContext of(ReadingOptions o) {
    ExchangeRates rates = ExchangeRateTable.builtIn();
    if (o.rates().isPresent()) {
      rates = rates.with(ExchangeRateTable.read(o.rates().get()));
    }
    return new ReadingContext(
        o.concordance().map(ConcordanceReader::read), rates, o.revision(), o.flow());
  }

  ProductCodes products() {
    return new ProductCodes(revision, concordance.orElse(null));
  }
}
