package org.techsov.server.job;

import java.util.Map;

/** The work of a job; returns what it produced, as shown in the job's result. */
@FunctionalInterface
public interface JobTask {
  Map<String, Object> run(JobControl control);
}
