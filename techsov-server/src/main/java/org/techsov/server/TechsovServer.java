package org.techsov.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import io.javalin.openapi.plugin.swagger.SwaggerPlugin;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.ReferenceData;
import org.techsov.server.api.ApiRoutes;
import org.techsov.server.api.Services;
import org.techsov.server.http.Authenticator;
import org.techsov.server.http.Json;
import org.techsov.server.http.Problems;
import org.techsov.server.http.ResultCache;
import org.techsov.server.http.SecurityHeaders;
import org.techsov.server.job.JobManager;
import org.techsov.server.store.StoreAccess;
import org.techsov.store.duckdb.DuckDbStore;

/**
 * The HTTP server: the JSON API under {@code /api}, its OpenAPI description at {@code /openapi}
 * with an explorer at {@code /swagger}, and the dashboard at {@code /}, every asset served from the
 * jar. The caller owns the store, which must be open read-write; the server holds it until {@link
 * #close}.
 */
public final class TechsovServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TechsovServer.class);
  static final String DASHBOARD = "/org/techsov/server/dashboard";

  private final Javalin app;
  private final StoreAccess store;
  private final JobManager jobs;

  private TechsovServer(Javalin app, StoreAccess store, JobManager jobs) {
    this.app = app;
    this.store = store;
    this.jobs = jobs;
  }

  /** Starts serving; returns once the port is bound. */
  public static TechsovServer start(
      DuckDbStore database, ReferenceData reference, ServerOptions options) {
    try {
      Files.createDirectories(options.workDir());
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, "cannot create the server's work folder " + options.workDir(), e);
    }
    StoreAccess store = new StoreAccess(database, options.connections());
    JobManager jobs = new JobManager();
    Services s =
        new Services(
            store, reference, jobs, new Authenticator(store), new ResultCache(512), options);
    Javalin app = create(s);
    try {
      app.start(options.bind(), options.port());
    } catch (RuntimeException e) {
      jobs.close();
      store.close();
      throw new TechsovException(
          ErrorCode.IO_FAILURE,
          "cannot listen on "
              + options.bind()
              + ":"
              + options.port()
              + " (in use, or not an address of this machine); choose another with --port or"
              + " --bind",
          e);
    }
    LOG.info("serving on http://{}:{}", options.bind(), app.port());
    return new TechsovServer(app, store, jobs);
  }

  static Javalin create(Services s) {
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
              config.http.maxRequestSize = 1 << 20;
              config.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/";
                    sf.directory = DASHBOARD;
                    sf.location = Location.CLASSPATH;
                  });
              config.staticFiles.enableWebjars();
              config.registerPlugin(
                  new OpenApiPlugin(
                      c ->
                          c.withDocumentationPath("/openapi")
                              .withDefinitionConfiguration(
                                  (version, d) ->
                                      d.withSecurity(sec -> sec.withBearerAuth("token", b -> {}))
                                          .withInfo(
                                              i -> {
                                                i.setTitle("techsov API");
                                                i.setVersion("1");
                                                i.setDescription(
                                                    "Technological-sovereignty observatory. Reads need"
                                                        + " no token; writes and jobs need"
                                                        + " 'Authorization: Bearer TOKEN' with role"
                                                        + " analyst or admin.");
                                              }))));
              config.registerPlugin(
                  new SwaggerPlugin(
                      c -> {
                        c.setDocumentationPath("/openapi");
                        c.setUiPath("/swagger");
                      }));
            });
    Problems.register(app);
    app.before("/api/*", s.auth()::identify);
    app.after(SecurityHeaders::apply);
    ApiRoutes.all(s).forEach(r -> r.addTo(app));
    return app;
  }

  /** The port the server listens on (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  /** Stops serving, cancels running jobs and releases the store's connections. */
  @Override
  public void close() {
    app.stop();
    jobs.close();
    store.close();
  }
}
