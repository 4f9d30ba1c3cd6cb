package org.techsov.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.techsov.core.reference.ReferenceData;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.synth.GeneratedWorld;

/**
 * What a demo chapter works with: the store holding the example world, the files it came from, the
 * reference data and where to print.
 *
 * @param store the demo store, open read-write
 * @param database the store's file, for the commands that reproduce a table
 * @param dir the demo folder
 * @param world the generated files
 * @param reference the reference data
 * @param out where to print
 */
public record DemoContext(
    DuckDbStore store,
    Path database,
    Path dir,
    GeneratedWorld world,
    ReferenceData reference,
    PrintWriter out) {}
