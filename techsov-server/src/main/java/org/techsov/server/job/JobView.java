package org.techsov.server.job;

import java.time.Instant;
import java.util.Map;
import org.techsov.server.http.Problem;

/**
 * A job as the API shows it.
 *
 * @param id the job's id
 * @param kind {@code ingest} or {@code export}
 * @param state where it is
 * @param stage the current stage, e.g. {@code load}
 * @param done units of the stage done
 * @param total units of the stage in all, -1 when unknown
 * @param owner the name of the token that started it
 * @param createdAt when it was submitted
 * @param startedAt when it started running
 * @param finishedAt when it finished
 * @param result what it produced, once it succeeded
 * @param error why it failed
 */
public record JobView(
    String id,
    String kind,
    JobState state,
    String stage,
    long done,
    long total,
    String owner,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    Map<String, Object> result,
    Problem error) {}
