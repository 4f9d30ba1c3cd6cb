package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.techsov.core.access.Role;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.HsRevision;
import org.techsov.ingest.baci.BaciImportOptions;
import org.techsov.ingest.baci.BaciImporter;
import org.techsov.ingest.baci.ImportOutcome;
import org.techsov.server.http.Authenticator;
import org.techsov.server.http.Json;
import org.techsov.server.http.Params;
import org.techsov.server.http.Problem;
import org.techsov.server.job.DataFiles;
import org.techsov.server.job.Job;
import org.techsov.server.job.JobTask;
import org.techsov.server.job.JobView;

/**
 * Long work as jobs: ingest of an uploaded file or of a file in the data folder, and export of a
 * dependency analysis of any size. Starting and cancelling need an analyst or admin token; status,
 * progress (server-sent events) and results can be read by anyone who may read.
 */
final class JobRoutes implements ApiRoutes {
  private static final String JOB = "/api/jobs/{id}";
  private static final long EVENT_INTERVAL_MILLIS = 200;
  private final Services s;

  JobRoutes(Services s) {
    this.s = s;
  }

  @Override
  public void addTo(Javalin app) {
    app.post("/api/jobs/ingest", this::ingestUpload);
    app.post("/api/jobs/ingest-file", this::ingestFile);
    app.post("/api/jobs/export", this::export);
    app.get("/api/jobs", this::list);
    app.get(JOB, this::get);
    app.delete(JOB, this::cancel);
    app.get(JOB + "/result", this::result);
    app.sse(JOB + "/events", this::events);
  }

  @OpenApi(
      path = "/api/jobs/ingest",
      security = @OpenApiSecurity(name = "token"),
      methods = HttpMethod.POST,
      tags = "jobs",
      summary = "Ingest an uploaded BACI file (the request body), as a job",
      description =
          "The body is the file (CSV, plain or gzip), at most the server's upload limit. Needs an"
              + " analyst or admin token. Answers 202 with the job; follow it at"
              + " /api/jobs/{id}/events.",
      queryParams = {
        @OpenApiParam(
            name = "name",
            required = true,
            description = "File name, e.g. BACI_HS17_Y2022_V202501.csv"),
        @OpenApiParam(
            name = "replace",
            type = Boolean.class,
            description = "Replace an earlier import"),
        @OpenApiParam(
            name = "hsRevision",
            description = "HS revision, e.g. HS17 (default: from the name)")
      },
      responses = {
        @OpenApiResponse(status = "202", content = @OpenApiContent(from = JobView.class)),
        @OpenApiResponse(
            status = "401",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json")),
        @OpenApiResponse(
            status = "403",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json")),
        @OpenApiResponse(
            status = "413",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void ingestUpload(Context ctx) throws IOException {
    Authenticator.require(ctx, Role.ANALYST);
    Params p = new Params(ctx).allowOnly(Set.of("name", "replace", "hsRevision", "maxRejectRate"));
    String name =
        DataFiles.checkName(
            p.text("name")
                .orElseThrow(
                    () -> TechsovException.invalidArgument("parameter 'name' is required")));
    boolean replace = p.bool("replace", false);
    Optional<HsRevision> rev = revision(p);
    double maxRejects = p.decimal("maxRejectRate", 0, 1, 0.05);
    long max = s.options().maxUploadBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw DataFiles.tooLarge(max);
    }
    Path dir = Files.createTempDirectory(uploads(), "upload-");
    Path file = dir.resolve(name);
    try (InputStream in = ctx.bodyInputStream()) {
      DataFiles.save(in, file, max);
    } catch (RuntimeException e) {
      DataFiles.deleteQuietly(dir);
      throw e;
    }
    submitIngest(
        ctx,
        file,
        rev,
        replace,
        maxRejects,
        () -> {
          DataFiles.deleteQuietly(file);
          DataFiles.deleteQuietly(dir);
        });
  }

  @OpenApi(
      path = "/api/jobs/ingest-file",
      security = @OpenApiSecurity(name = "token"),
      methods = HttpMethod.POST,
      tags = "jobs",
      summary = "Ingest a BACI file from the server's data folder, as a job",
      description =
          "The path is relative to the folder given by --data-dir; paths that leave it are refused.",
      queryParams = {
        @OpenApiParam(
            name = "path",
            required = true,
            description = "Relative path in the data folder"),
        @OpenApiParam(
            name = "replace",
            type = Boolean.class,
            description = "Replace an earlier import"),
        @OpenApiParam(name = "hsRevision", description = "HS revision (default: from the name)")
      },
      responses = {
        @OpenApiResponse(status = "202", content = @OpenApiContent(from = JobView.class)),
        @OpenApiResponse(
            status = "400",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json")),
        @OpenApiResponse(
            status = "404",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void ingestFile(Context ctx) {
    Authenticator.require(ctx, Role.ANALYST);
    Params p = new Params(ctx).allowOnly(Set.of("path", "replace", "hsRevision", "maxRejectRate"));
    String relative =
        p.text("path")
            .orElseThrow(() -> TechsovException.invalidArgument("parameter 'path' is required"));
    Path file = DataFiles.resolve(s.options().dataDir(), relative);
    DataFiles.checkName(file.getFileName().toString());
    submitIngest(
        ctx,
        file,
        revision(p),
        p.bool("replace", false),
        p.decimal("maxRejectRate", 0, 1, 0.05),
        () -> {});
  }

  private Optional<HsRevision> revision(Params p) {
    return p.text("hsRevision")
        .map(
            r ->
                HsRevision.parse(r)
                    .orElseThrow(
                        () ->
                            TechsovException.invalidArgument(
                                "unknown HS revision '"
                                    + Params.clip(r)
                                    + "' (use HS92 .. HS22)")));
  }

  private void submitIngest(
      Context ctx,
      Path file,
      Optional<HsRevision> rev,
      boolean replace,
      double maxRejectRate,
      Runnable cleanup) {
    Path rejects = s.options().workDir().resolve("rejects");
    JobTask task =
        control ->
            s.store()
                .write(
                    store -> {
                      BaciImportOptions o = BaciImportOptions.of(file);
                      o =
                          new BaciImportOptions(
                              file,
                              Optional.empty(),
                              Optional.empty(),
                              rev,
                              rejects.resolve(o.rejectFile()),
                              replace,
                              maxRejectRate);
                      ImportOutcome out;
                      try {
                        out = new BaciImporter(store, s.reference()).run(o, control);
                      } catch (TechsovException e) {
                        throw withoutServerPaths(e);
                      }
                      control.checkCancelled();
                      s.cache().clear();
                      return outcome(out);
                    });
    Job job = s.jobs().submit("ingest", Authenticator.principal(ctx).name(), true, task, cleanup);
    accepted(ctx, job);
  }

  /** The message as a client should see it: no server folders, the API's parameter names. */
  private TechsovException withoutServerPaths(TechsovException e) {
    String m = e.getMessage();
    for (Path p : List.of(s.options().workDir().toAbsolutePath(), s.options().workDir())) {
      m = m.replace(p + java.io.File.separator, "").replace(p.toString(), "");
    }
    for (Optional<Path> d : List.of(s.options().dataDir())) {
      if (d.isPresent()) {
        m = m.replace(d.get().toAbsolutePath() + java.io.File.separator, "");
      }
    }
    m = m.replace("--max-reject-rate", "maxRejectRate").replace("--replace", "replace=true");
    return new TechsovException(e.code(), m, e);
  }

  private static Map<String, Object> outcome(ImportOutcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    var r = o.record();
    m.put("importId", r.id());
    m.put("fileName", r.fileName());
    m.put("skipped", o.skipped());
    m.put("years", r.years());
    m.put("rowsRead", r.rowsRead());
    m.put("rowsStored", r.rowsStored());
    m.put("rowsRejected", r.rowsRejected());
    m.put(
        "firstRejects",
        o.rejects().stream()
            .limit(20)
            .map(x -> Map.of("line", x.line(), "field", x.field(), "reason", x.reason()))
            .toList());
    return m;
  }

  @OpenApi(
      path = "/api/jobs/export",
      security = @OpenApiSecurity(name = "token"),
      methods = HttpMethod.POST,
      tags = "jobs",
      summary = "Export a dependency analysis of any size to CSV or Parquet, as a job",
      description =
          "Takes the parameters of GET /api/dependency, with format csv or parquet. The file is"
              + " written by the store itself and downloaded from /api/jobs/{id}/result.",
      responses = @OpenApiResponse(status = "202", content = @OpenApiContent(from = JobView.class)))
  void export(Context ctx) {
    Authenticator.require(ctx, Role.ANALYST);
    Params p = new Params(ctx).allowOnly(DependencyParams.NAMES);
    String format = p.choice("format", List.of("csv", "parquet"), "csv");
    int[] years = s.store().snapshot().years();
    var q = DependencyParams.parse(p, years);
    Path out = s.options().workDir().resolve("exports");
    JobTask task =
        control -> {
          Path file = out.resolve(control.jobId() + "." + format);
          try {
            Files.createDirectories(out);
          } catch (IOException e) {
            throw new TechsovException(ErrorCode.IO_FAILURE, "cannot create the export folder", e);
          }
          control.update("export", 0, 1);
          long rows =
              s.store()
                  .read(
                      c ->
                          new org.techsov.engine.dependency.DependencyEngine(c)
                              .export(
                                  q,
                                  org.techsov.engine.dependency.ExportFormat.parse(format),
                                  file,
                                  st ->
                                      control.onCancel(
                                          () -> {
                                            try {
                                              st.cancel();
                                            } catch (java.sql.SQLException ignored) {
                                              // the statement finished meanwhile
                                            }
                                          })));
          control.update("export", 1, 1);
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("rows", rows);
          m.put("format", format);
          m.put("download", "/api/jobs/" + control.jobId() + "/result");
          m.put("cli", DependencyParams.command(q, format) + " --out FILE");
          return m;
        };
    accepted(
        ctx, s.jobs().submit("export", Authenticator.principal(ctx).name(), false, task, () -> {}));
  }

  private void accepted(Context ctx, Job job) {
    ctx.status(202);
    ctx.header("Location", "/api/jobs/" + job.id());
    ctx.json(job.view());
  }

  @OpenApi(
      path = "/api/jobs",
      methods = HttpMethod.GET,
      tags = "jobs",
      summary = "Jobs kept in memory, newest first",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = JobView[].class)))
  void list(Context ctx) {
    new Params(ctx).allowOnly(Set.of());
    ctx.json(s.jobs().all().stream().map(Job::view).toList());
  }

  @OpenApi(
      path = JOB,
      methods = HttpMethod.GET,
      tags = "jobs",
      summary = "A job's state, progress and result",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = JobView.class)),
        @OpenApiResponse(
            status = "404",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void get(Context ctx) {
    ctx.json(s.jobs().require(ctx.pathParam("id")).view());
  }

  @OpenApi(
      path = JOB,
      methods = HttpMethod.DELETE,
      security = @OpenApiSecurity(name = "token"),
      tags = "jobs",
      summary = "Cancel a job: it stops at its next step and stores nothing",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses = {
        @OpenApiResponse(status = "202", content = @OpenApiContent(from = JobView.class)),
        @OpenApiResponse(
            status = "409",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void cancel(Context ctx) {
    Authenticator.require(ctx, Role.ANALYST);
    ctx.status(202).json(s.jobs().cancel(ctx.pathParam("id")).view());
  }

  @OpenApi(
      path = JOB + "/result",
      methods = HttpMethod.GET,
      tags = "jobs",
      summary = "Download an export job's file",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses = {
        @OpenApiResponse(
            status = "200",
            content = @OpenApiContent(type = "application/octet-stream")),
        @OpenApiResponse(
            status = "409",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void result(Context ctx) throws IOException {
    Job job = s.jobs().require(ctx.pathParam("id"));
    Map<String, Object> r = job.result();
    if (r == null || !r.containsKey("download")) {
      throw new TechsovException(
          ErrorCode.JOB_FINISHED,
          "job " + job.id() + " has no file to download (state " + job.state() + ")");
    }
    String format = (String) r.get("format");
    Path file = s.options().workDir().resolve("exports").resolve(job.id() + "." + format);
    if (!Files.isRegularFile(file)) {
      throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "the export file is gone");
    }
    ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/octet-stream");
    ctx.header("Content-Disposition", "attachment; filename=\"dependency." + format + "\"");
    ctx.result(Files.newInputStream(file));
  }

  @OpenApi(
      path = JOB + "/events",
      methods = HttpMethod.GET,
      tags = "jobs",
      summary = "A job's progress as server-sent events ('progress', then one 'done')",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(type = "text/event-stream")))
  void events(SseClient client) {
    Optional<Job> found = s.jobs().find(client.ctx().pathParam("id"));
    if (found.isEmpty()) {
      client.sendEvent("error", "{\"detail\":\"no such job\"}");
      return;
    }
    Job job = found.get();
    long seen = -1;
    while (!client.terminated()) {
      long v = job.version();
      JobView view = job.view();
      if (view.state().isFinished()) {
        client.sendEvent("done", Json.text(view));
        return;
      }
      if (v != seen) {
        client.sendEvent("progress", Json.text(view));
        seen = v;
      }
      try {
        Thread.sleep(EVENT_INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private Path uploads() throws IOException {
    Path dir = s.options().workDir().resolve("uploads");
    Files.createDirectories(dir);
    return dir;
  }
}
