package org.techsov.report;

import java.sql.Connection;
import java.util.List;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ImportRecord;
import org.techsov.engine.dependency.DependencyEngine;

/**
 * What sections are built from.
 *
 * @param request what the report covers
 * @param connection a connection to the store, owned by the caller; sections run the analyses on it
 * @param reference the reference data
 * @param imports the store's imports, for the sources
 * @param catalogue the programmes, targets and claims the programme and scorecard sections read
 */
public record ReportInput(
    ReportRequest request,
    Connection connection,
    ReferenceData reference,
    List<ImportRecord> imports,
    Catalogue catalogue) {
  public ReportInput {
    imports = List.copyOf(imports);
  }

  /** The dependency analysis over the store. */
  public DependencyEngine dependency() {
    return new DependencyEngine(connection);
  }
}
