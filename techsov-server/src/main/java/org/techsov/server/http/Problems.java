package org.techsov.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techsov.core.error.ErrorCategory;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Maps every failure to a problem-JSON answer, once: a {@link TechsovException} by its category,
 * the web framework's own answers (unknown route, wrong method) by their status, anything else as a
 * generic internal error whose details go to the log only.
 */
public final class Problems {
  public static final String CONTENT_TYPE = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  public static void register(Javalin app) {
    app.exception(TechsovException.class, (e, ctx) -> answer(ctx, e));
    app.exception(HttpResponseException.class, (e, ctx) -> framework(ctx, e));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          TechsovException t = unwrap(e);
          if (t != null) {
            answer(ctx, t);
          } else {
            LOG.error("internal error answering {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "INTERNAL_ERROR", "internal error; details are in the server log");
          }
        });
  }

  /** Writes the answer for a techsov failure. */
  public static void answer(Context ctx, TechsovException e) {
    ErrorCategory c = e.category();
    if (c == ErrorCategory.INTERNAL) {
      LOG.error("internal error answering {} {}", ctx.method(), ctx.path(), e);
      write(ctx, 500, e.code().name(), "internal error; details are in the server log");
      return;
    }
    if (e.code() == ErrorCode.MISSING_TOKEN || e.code() == ErrorCode.INVALID_TOKEN) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"techsov\"");
    }
    write(ctx, c.httpStatus(), e.code().name(), e.getMessage());
  }

  private static void framework(Context ctx, HttpResponseException e) {
    int status = e.getStatus();
    String code =
        switch (status) {
          case 404 -> "NOT_FOUND";
          case 405 -> "METHOD_NOT_ALLOWED";
          case 413 -> "UPLOAD_TOO_LARGE";
          default -> "HTTP_" + status;
        };
    String detail =
        status == 404 ? "no such resource: " + ctx.method() + " " + ctx.path() : e.getMessage();
    write(ctx, status, code, detail);
  }

  static void write(Context ctx, int status, String code, String detail) {
    Problem p =
        new Problem(
            "urn:techsov:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
            title(status),
            status,
            detail,
            ctx.path(),
            code);
    ctx.status(status);
    ctx.res().setHeader("ETag", null);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(CONTENT_TYPE);
    ctx.result(Json.bytes(p));
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Invalid request";
      case 401 -> "Token required";
      case 403 -> "Not allowed for this role";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 409 -> "Conflict";
      case 413 -> "Too large";
      case 422 -> "Unprocessable data";
      case 503 -> "Unavailable";
      default -> status >= 500 ? "Internal error" : "Request failed";
    };
  }

  private static TechsovException unwrap(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof TechsovException t) {
        return t;
      }
    }
    return null;
  }
}
