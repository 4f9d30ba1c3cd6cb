package org.techsov.server.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Conditional answers and a small cache for analysis results. A result's ETag is a hash of the
 * store's fingerprint and the canonical request, known before any work: a client that sends it back
 * in {@code If-None-Match} gets 304 without the analysis running; others get the cached bytes when
 * the same request was answered on the same store state. Results may be cached by clients but must
 * be revalidated ({@code Cache-Control: no-cache}).
 */
public final class ResultCache {
  /**
   * A rendered result.
   *
   * @param contentType its media type
   * @param body its bytes
   */
  public record Rendered(String contentType, byte[] body) {}

  private final int capacity;
  private final Map<String, Rendered> entries;

  public ResultCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > ResultCache.this.capacity;
          }
        };
  }

  /**
   * Answers {@code ctx} with the result for {@code key} on the store state {@code fingerprint}: 304
   * if the client holds it, else cached or freshly rendered bytes.
   */
  public void answer(Context ctx, String fingerprint, String key, Supplier<Rendered> render) {
    String full = fingerprint + "\n" + key;
    String etag = "\"" + hash(full) + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    Rendered r;
    synchronized (entries) {
      r = entries.get(full);
    }
    if (r == null) {
      r = render.get();
      synchronized (entries) {
        entries.put(full, r);
      }
    }
    ctx.contentType(r.contentType());
    ctx.result(r.body());
  }

  /** Forgets every result. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String t : ifNoneMatch.split(",")) {
      String v = t.trim();
      if (v.startsWith("W/")) {
        v = v.substring(2);
      }
      if (v.equals(etag) || v.equals("*")) {
        return true;
      }
    }
    return false;
  }

  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
