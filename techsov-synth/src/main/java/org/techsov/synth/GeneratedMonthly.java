package org.techsov.synth;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The monthly extract of a synthetic world.
 *
 * @param flowFiles UN Comtrade-layout monthly files, one per year (gzip)
 * @param shipments the shipment records file, if written
 * @param flowRows rows written to the flow files
 * @param shipmentRows shipment records written
 */
public record GeneratedMonthly(
    List<Path> flowFiles, Optional<Path> shipments, long flowRows, long shipmentRows) {
  public GeneratedMonthly {
    flowFiles = List.copyOf(flowFiles);
  }
}
