package org.techsov.server.job;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.techsov.server.http.Problem;

/** One job's state, changed by its worker and read by the API. */
public final class Job {
  private final String id;
  private final String kind;
  private final String owner;
  private final Instant createdAt = Instant.now();
  private final AtomicLong version = new AtomicLong();
  private volatile JobState state = JobState.QUEUED;
  private volatile String stage = "queued";
  private volatile long done;
  private volatile long total = -1;
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile Map<String, Object> result;
  private volatile Problem error;
  private volatile boolean cancelRequested;
  private Runnable canceller;

  Job(String id, String kind, String owner) {
    this.id = id;
    this.kind = kind;
    this.owner = owner;
  }

  public String id() {
    return id;
  }

  public JobState state() {
    return state;
  }

  /** Increases with every change; lets event streams send only news. */
  public long version() {
    return version.get();
  }

  public Map<String, Object> result() {
    return result;
  }

  public JobView view() {
    return new JobView(
        id,
        kind,
        state,
        stage,
        done,
        total,
        owner,
        createdAt,
        startedAt,
        finishedAt,
        result,
        error);
  }

  boolean isCancelRequested() {
    return cancelRequested;
  }

  void progress(String newStage, long newDone, long newTotal) {
    stage = newStage;
    done = newDone;
    total = newTotal;
    version.incrementAndGet();
  }

  void started() {
    startedAt = Instant.now();
    state = JobState.RUNNING;
    stage = "started";
    version.incrementAndGet();
  }

  void finish(JobState end, Map<String, Object> value, Problem problem) {
    result = value;
    error = problem;
    finishedAt = Instant.now();
    stage = end.name().toLowerCase(java.util.Locale.ROOT);
    state = end;
    version.incrementAndGet();
  }

  synchronized void onCancel(Runnable r) {
    canceller = r;
    if (cancelRequested) {
      r.run();
    }
  }

  /** Asks the job to stop; returns false if it had finished already. */
  synchronized boolean requestCancel() {
    if (state.isFinished()) {
      return false;
    }
    cancelRequested = true;
    version.incrementAndGet();
    if (canceller != null) {
      canceller.run();
    }
    return true;
  }
}
