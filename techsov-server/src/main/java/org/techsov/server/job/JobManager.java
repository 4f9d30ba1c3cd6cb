package org.techsov.server.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techsov.core.error.ErrorCategory;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.server.http.Problem;

/**
 * Runs jobs in the background: writes (ingests) one at a time on one thread, reads (exports) on a
 * small pool. Jobs live in memory; the most recent {@value #KEPT} are kept.
 */
public final class JobManager implements AutoCloseable {
  static final int KEPT = 200;
  private static final Logger LOG = LoggerFactory.getLogger(JobManager.class);

  private final ExecutorService writes = Executors.newSingleThreadExecutor(named("techsov-write"));
  private final ExecutorService reads = Executors.newFixedThreadPool(2, named("techsov-read"));
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  /** Submits a job; {@code write} jobs run one at a time. */
  public Job submit(String kind, String owner, boolean write, JobTask task, Runnable cleanup) {
    Job job = new Job(UUID.randomUUID().toString(), kind, owner);
    synchronized (jobs) {
      jobs.put(job.id(), job);
      evict();
    }
    (write ? writes : reads).execute(() -> run(job, task, cleanup));
    return job;
  }

  private void run(Job job, JobTask task, Runnable cleanup) {
    try {
      if (job.isCancelRequested()) {
        job.finish(JobState.CANCELLED, null, null);
        return;
      }
      job.started();
      Map<String, Object> result = task.run(new JobControl(job));
      job.finish(
          job.isCancelRequested() ? JobState.CANCELLED : JobState.SUCCEEDED,
          job.isCancelRequested() ? null : result,
          null);
    } catch (RuntimeException e) {
      if (job.isCancelRequested()) {
        job.finish(JobState.CANCELLED, null, null);
      } else {
        job.finish(JobState.FAILED, null, problem(job, e));
      }
    } finally {
      try {
        cleanup.run();
      } catch (RuntimeException e) {
        LOG.warn("cleaning up after job {} failed", job.id(), e);
      }
    }
  }

  private static Problem problem(Job job, RuntimeException e) {
    String instance = "/api/jobs/" + job.id();
    if (e instanceof TechsovException t && t.category() != ErrorCategory.INTERNAL) {
      return new Problem(
          "urn:techsov:problem:"
              + t.code().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          "Job failed",
          t.category().httpStatus(),
          t.getMessage(),
          instance,
          t.code().name());
    }
    LOG.error("job {} failed", job.id(), e);
    return new Problem(
        "urn:techsov:problem:internal-error",
        "Job failed",
        500,
        "internal error; details are in the server log",
        instance,
        ErrorCode.INTERNAL_ERROR.name());
  }

  /** The job with this id, or a not-found error. */
  public Job require(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new TechsovException(
                    ErrorCode.UNKNOWN_JOB,
                    "no job '"
                        + org.techsov.server.http.Params.clip(id)
                        + "' (jobs are kept in"
                        + " memory until the server stops)"));
  }

  public Optional<Job> find(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id));
    }
  }

  /** Every kept job, newest first. */
  public List<Job> all() {
    synchronized (jobs) {
      List<Job> out = new ArrayList<>(jobs.values());
      out.sort(Comparator.comparing((Job j) -> j.view().createdAt()).reversed());
      return out;
    }
  }

  /** Asks the job to stop; a finished job cannot be cancelled. */
  public Job cancel(String id) {
    Job job = require(id);
    if (!job.requestCancel()) {
      throw new TechsovException(
          ErrorCode.JOB_FINISHED, "job " + id + " has finished (" + job.state() + ")");
    }
    return job;
  }

  private void evict() {
    if (jobs.size() <= KEPT) {
      return;
    }
    for (var it = jobs.entrySet().iterator(); it.hasNext() && jobs.size() > KEPT; ) {
      if (it.next().getValue().state().isFinished()) {
        it.remove();
      }
    }
  }

  @Override
  public void close() {
    synchronized (jobs) {
      jobs.values().forEach(Job::requestCancel);
    }
    writes.shutdown();
    reads.shutdown();
    try {
      writes.awaitTermination(30, TimeUnit.SECONDS);
      reads.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
