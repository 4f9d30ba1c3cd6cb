package org.techsov.core.programme;

import java.util.List;

/**
 * What bears on a claim.
 *
 * @param figures ids of catalogue figures (facts, observations, technology metrics)
 * @param measures keys of measures computed by other analyses (e.g. a dependency share from trade
 *     data), supplied by the caller as {@link ExternalMeasure}s
 */
public record EvidenceLinks(List<String> figures, List<String> measures) {
  public static final EvidenceLinks NONE = new EvidenceLinks(List.of(), List.of());

  public EvidenceLinks {
    figures = List.copyOf(figures);
    measures = List.copyOf(measures);
  }
}
