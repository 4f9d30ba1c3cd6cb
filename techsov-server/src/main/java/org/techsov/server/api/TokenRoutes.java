package org.techsov.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.techsov.core.access.ApiToken;
import org.techsov.core.access.IssuedToken;
import org.techsov.core.access.Role;
import org.techsov.core.access.TokenSecrets;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.server.http.Authenticator;
import org.techsov.server.http.Params;
import org.techsov.server.http.Problem;
import org.techsov.store.duckdb.DuckDbTokens;

/** API tokens, for admins: list, create (the secret is shown once), revoke. */
final class TokenRoutes implements ApiRoutes {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Services s;

  TokenRoutes(Services s) {
    this.s = s;
  }

  /**
   * A token as listed: never its secret.
   *
   * @param id public id
   * @param name what it is for
   * @param role its role
   * @param createdAt creation
   * @param revokedAt revocation, absent while valid
   */
  record TokenDto(String id, String name, String role, Instant createdAt, Instant revokedAt) {
    static TokenDto of(ApiToken t) {
      return new TokenDto(
          t.id(), t.name(), t.role().label(), t.createdAt(), t.revokedAt().orElse(null));
    }
  }

  /**
   * A token just created.
   *
   * @param token the stored record
   * @param secret the bearer token: shown this once, stored only as a salted hash
   */
  record Created(TokenDto token, String secret) {}

  @Override
  public void addTo(Javalin app) {
    app.get("/api/tokens", this::list);
    app.post("/api/tokens", this::create);
    app.delete("/api/tokens/{id}", this::revoke);
  }

  @OpenApi(
      path = "/api/tokens",
      methods = HttpMethod.GET,
      security = @OpenApiSecurity(name = "token"),
      tags = "access",
      summary = "API tokens (admin)",
      responses = {
        @OpenApiResponse(status = "200", content = @OpenApiContent(from = TokenDto[].class)),
        @OpenApiResponse(
            status = "403",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void list(Context ctx) {
    Authenticator.require(ctx, Role.ADMIN);
    new Params(ctx).allowOnly(Set.of());
    List<TokenDto> out =
        s.store().read(c -> new DuckDbTokens(c).tokens()).stream().map(TokenDto::of).toList();
    ctx.json(out);
  }

  @OpenApi(
      path = "/api/tokens",
      methods = HttpMethod.POST,
      security = @OpenApiSecurity(name = "token"),
      tags = "access",
      summary = "Create an API token (admin); the secret is in the answer, once",
      queryParams = {
        @OpenApiParam(name = "role", required = true, description = "viewer, analyst or admin"),
        @OpenApiParam(name = "name", description = "What the token is for")
      },
      responses = @OpenApiResponse(status = "201", content = @OpenApiContent(from = Created.class)))
  void create(Context ctx) {
    Authenticator.require(ctx, Role.ADMIN);
    Params p = new Params(ctx).allowOnly(Set.of("role", "name"));
    Role role =
        Role.parse(
            p.text("role")
                .orElseThrow(
                    () -> TechsovException.invalidArgument("parameter 'role' is required")));
    String name = checkName(p.text("name").orElse("token"));
    IssuedToken t = new TokenSecrets(RANDOM).issue(name, role, Instant.now());
    s.store()
        .read(
            c -> {
              new DuckDbTokens(c).add(t.token());
              return null;
            });
    ctx.status(201).json(new Created(TokenDto.of(t.token()), t.text()));
  }

  /** Token names are labels: letters, digits, space, dot, dash, underscore, at most 80. */
  static String checkName(String name) {
    if (!name.matches("[\\p{L}\\p{N} ._@-]{1,80}")) {
      throw TechsovException.invalidArgument(
          "token name '" + Params.clip(name) + "' must be 1-80 letters, digits, spaces or . _ @ -");
    }
    return name;
  }

  @OpenApi(
      path = "/api/tokens/{id}",
      methods = HttpMethod.DELETE,
      security = @OpenApiSecurity(name = "token"),
      tags = "access",
      summary = "Revoke an API token (admin)",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses = {
        @OpenApiResponse(status = "204"),
        @OpenApiResponse(
            status = "404",
            content = @OpenApiContent(from = Problem.class, type = "application/problem+json"))
      })
  void revoke(Context ctx) {
    Authenticator.require(ctx, Role.ADMIN);
    String id = ctx.pathParam("id");
    boolean done = s.store().read(c -> new DuckDbTokens(c).revoke(id, Instant.now()));
    s.auth().forget();
    if (!done) {
      throw new TechsovException(
          ErrorCode.UNKNOWN_TOKEN, "no valid token with id '" + Params.clip(id) + "'");
    }
    ctx.status(204);
  }
}
