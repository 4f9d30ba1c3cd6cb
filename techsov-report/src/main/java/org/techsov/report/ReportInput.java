package org.techsov.report;

import java.util.List;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ImportRecord;
import org.techsov.engine.dependency.DependencyEngine;

/**
 * What sections are built from.
 *
 * @param request what the report covers
 * @param dependency the dependency analysis over the store
 * @param reference the reference data
 * @param imports the store's imports, for the sources
 */
public record ReportInput(
    ReportRequest request,
    DependencyEngine dependency,
    ReferenceData reference,
    List<ImportRecord> imports) {}
