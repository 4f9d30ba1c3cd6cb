package org.techsov.server.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.techsov.core.access.ApiToken;
import org.techsov.core.access.Role;
import org.techsov.core.access.TokenSecrets;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.server.store.StoreAccess;

/**
 * Reads the bearer token of each request. Without a token a request may read; a token that is given
 * must be valid (a wrong token is refused, not ignored); requests that change anything need an
 * analyst or admin token. Checked tokens are remembered for a short while; revoking through the
 * server forgets them at once.
 */
public final class Authenticator {
  private static final String ATTRIBUTE = "techsov.principal";
  private static final long REMEMBER_MILLIS = 30_000;

  private final StoreAccess store;
  private final Map<String, Remembered> checked = new ConcurrentHashMap<>();

  public Authenticator(StoreAccess store) {
    this.store = store;
  }

  private record Remembered(Principal principal, long until) {}

  /** Identifies the caller; runs before every API handler. */
  public void identify(Context ctx) {
    String header = ctx.header("Authorization");
    Principal p = header == null || header.isBlank() ? Principal.ANONYMOUS : check(header);
    ctx.attribute(ATTRIBUTE, p);
    String method = ctx.method().name();
    boolean reads = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    if (!reads) {
      require(ctx, Role.ANALYST);
    }
  }

  /** The caller, as identified before the handler ran. */
  public static Principal principal(Context ctx) {
    Principal p = ctx.attribute(ATTRIBUTE);
    return p == null ? Principal.ANONYMOUS : p;
  }

  /** Refuses the request unless the caller's token has at least {@code role}. */
  public static void require(Context ctx, Role role) {
    Principal p = principal(ctx);
    if (!p.isAuthenticated()) {
      throw new TechsovException(
          ErrorCode.MISSING_TOKEN,
          ctx.method()
              + " "
              + ctx.path()
              + " needs an API token with role "
              + role.label()
              + " or higher (header 'Authorization: Bearer <token>'; create one with 'techsov"
              + " token create --role "
              + role.label()
              + "')");
    }
    if (!p.role().includes(role)) {
      throw new TechsovException(
          ErrorCode.ROLE_REQUIRED,
          ctx.method()
              + " "
              + ctx.path()
              + " needs role "
              + role.label()
              + " or higher; token "
              + p.tokenId().orElse("")
              + " has role "
              + p.role().label());
    }
  }

  /** Forgets every checked token, e.g. after a revocation. */
  public void forget() {
    checked.clear();
  }

  private Principal check(String header) {
    String h = header.trim();
    if (!h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new TechsovException(
          ErrorCode.INVALID_TOKEN,
          "the Authorization header must read 'Bearer <token>', not '"
              + h.split(" ", 2)[0].toLowerCase(Locale.ROOT)
              + " ...'");
    }
    String text = h.substring(7).trim();
    long now = System.currentTimeMillis();
    Remembered r = checked.get(text);
    if (r != null && r.until() > now) {
      return r.principal();
    }
    Optional<String> id = TokenSecrets.idOf(text);
    Optional<ApiToken> token =
        id.flatMap(i -> store.read(c -> new org.techsov.store.duckdb.DuckDbTokens(c).find(i)));
    if (token.isEmpty() || !TokenSecrets.matches(token.get(), text)) {
      throw new TechsovException(
          ErrorCode.INVALID_TOKEN, "the API token is not valid (unknown, revoked or mistyped)");
    }
    ApiToken t = token.get();
    Principal p = new Principal(Optional.of(t.id()), t.name(), t.role());
    if (checked.size() > 10_000) {
      checked.clear();
    }
    checked.put(text, new Remembered(p, now + REMEMBER_MILLIS));
    return p;
  }
}
