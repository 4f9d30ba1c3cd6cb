package org.techsov.server.job;

import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;

/**
 * What a running job reports to and is stopped through. Progress updates check for cancellation: a
 * cancelled job stops at its next update (an ingest then rolls back, storing nothing); work that
 * runs as one statement registers a canceller that stops the statement itself.
 */
public final class JobControl implements ProgressListener {
  private final Job job;

  JobControl(Job job) {
    this.job = job;
  }

  @Override
  public void update(String stage, long done, long total) {
    job.progress(stage, done, total);
    if (job.isCancelRequested()
        && !Thread.currentThread().getName().startsWith("techsov-progress")) {
      throw cancelled();
    }
  }

  /** The job's id. */
  public String jobId() {
    return job.id();
  }

  /** Throws if cancellation was asked for. */
  public void checkCancelled() {
    if (job.isCancelRequested()) {
      throw cancelled();
    }
  }

  /** Runs {@code canceller} when the job is cancelled (at once if it already was). */
  public void onCancel(Runnable canceller) {
    job.onCancel(canceller);
  }

  private TechsovException cancelled() {
    return new TechsovException(ErrorCode.INTERRUPTED, "job " + job.id() + " was cancelled");
  }
}
