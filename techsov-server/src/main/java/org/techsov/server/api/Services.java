package org.techsov.server.api;

import org.techsov.core.reference.ReferenceData;
import org.techsov.server.ServerOptions;
import org.techsov.server.http.Authenticator;
import org.techsov.server.http.ResultCache;
import org.techsov.server.job.JobManager;
import org.techsov.server.store.StoreAccess;

/**
 * What the routes work with.
 *
 * @param store the store, through its connection pool and write lock
 * @param reference the reference data
 * @param jobs long work in the background
 * @param auth token checks
 * @param cache rendered analysis results
 * @param options the server's options
 */
public record Services(
    StoreAccess store,
    ReferenceData reference,
    JobManager jobs,
    Authenticator auth,
    ResultCache cache,
    ServerOptions options) {}
