package org.techsov.synth;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a synthetic world was written to.
 *
 * @param flowFiles BACI-layout flow files, one per year unless written as a single file
 * @param countryCodes the country dictionary (BACI layout)
 * @param productCodes the product dictionary (BACI layout)
 * @param goodRows rows that are valid flows (what an importer should store)
 * @param damaged lines damaged on purpose, in file and line order
 */
public record GeneratedWorld(
    List<Path> flowFiles,
    Path countryCodes,
    Path productCodes,
    long goodRows,
    List<Corruption.Line> damaged) {
  public GeneratedWorld {
    flowFiles = List.copyOf(flowFiles);
    damaged = List.copyOf(damaged);
  }
}
