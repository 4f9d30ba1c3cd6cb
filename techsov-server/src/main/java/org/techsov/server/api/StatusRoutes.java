package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.techsov.core.spi.ImportRecord;
import org.techsov.server.http.Authenticator;
import org.techsov.server.http.Params;
import org.techsov.server.http.Principal;
import org.techsov.store.duckdb.DuckDbImports;

/** The store's state, its imports with their accounting, and who is asking. */
final class StatusRoutes implements ApiRoutes {
  private final Services s;

  StatusRoutes(Services s) {
    this.s = s;
  }

  /**
   * The store's state.
   *
   * @param schemaVersion the schema version
   * @param flows stored flow rows
   * @param firstYear first year with flows, 0 when there are none
   * @param lastYear last year with flows, 0 when there are none
   * @param imports completed imports
   * @param referenceVersion the reference data's version
   */
  record Status(
      int schemaVersion,
      long flows,
      int firstYear,
      int lastYear,
      int imports,
      String referenceVersion) {}

  /**
   * One import and its accounting: {@code rowsRead = rowsStored + rowsRejected}.
   *
   * @param id import id
   * @param source data source
   * @param fileName the file's name
   * @param checksum SHA-256 of the file
   * @param sizeBytes the file's size
   * @param revision HS revision
   * @param years years covered
   * @param rowsRead rows read
   * @param rowsStored rows stored
   * @param rowsRejected rows rejected
   * @param startedAt start
   * @param finishedAt commit
   * @param note what else happened
   */
  record Import(
      long id,
      String source,
      String fileName,
      String checksum,
      long sizeBytes,
      String revision,
      List<Integer> years,
      long rowsRead,
      long rowsStored,
      long rowsRejected,
      Instant startedAt,
      Instant finishedAt,
      String note) {
    static Import of(ImportRecord r) {
      return new Import(
          r.id(),
          r.source(),
          r.fileName(),
          r.checksum(),
          r.sizeBytes(),
          r.revision(),
          r.years(),
          r.rowsRead(),
          r.rowsStored(),
          r.rowsRejected(),
          r.startedAt(),
          r.finishedAt(),
          r.note());
    }
  }

  /**
   * Who is asking.
   *
   * @param authenticated whether a valid token came with the request
   * @param name the token's name
   * @param role the role the request has
   */
  record Session(boolean authenticated, String name, String role) {}

  @Override
  public void addTo(Javalin app) {
    app.get("/api/status", this::status);
    app.get("/api/imports", this::imports);
    app.get("/api/session", this::session);
  }

  @OpenApi(
      path = "/api/status",
      methods = HttpMethod.GET,
      tags = "store",
      summary = "The store: schema version, flows, years, imports",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Status.class)))
  void status(Context ctx) {
    new Params(ctx).allowOnly(Set.of());
    var snap = s.store().snapshot();
    Status st =
        new Status(
            snap.schemaVersion(),
            snap.flows(),
            snap.firstYear(),
            snap.lastYear(),
            snap.imports(),
            s.reference().version());
    ctx.json(st);
  }

  @OpenApi(
      path = "/api/imports",
      methods = HttpMethod.GET,
      tags = "store",
      summary = "Every import with its accounting (read = stored + rejected)",
      responses =
          @OpenApiResponse(status = "200", content = @OpenApiContent(from = Import[].class)))
  void imports(Context ctx) {
    new Params(ctx).allowOnly(Set.of());
    List<Import> out =
        s.store().read(c -> new DuckDbImports(c).all()).stream().map(Import::of).toList();
    ctx.json(out);
  }

  @OpenApi(
      path = "/api/session",
      methods = HttpMethod.GET,
      tags = "access",
      summary = "Who the request is from: the token's name and role, or anonymous (viewer)",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Session.class)))
  void session(Context ctx) {
    Principal p = Authenticator.principal(ctx);
    ctx.json(new Session(p.isAuthenticated(), p.name(), p.role().label()));
  }
}
