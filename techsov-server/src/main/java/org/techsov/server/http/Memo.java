package org.techsov.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Analysis results (not rendered bytes) kept for the few requests that read the same analysis in
 * different shapes, e.g. a ranking and its Sankey diagram. Keyed by the store's fingerprint and the
 * canonical query, so a new import misses every entry. Concurrent requests for the same key wait
 * for one computation; a failed computation is not kept.
 *
 * @param <T> the result type
 */
public final class Memo<T> {
  private final int capacity;
  private final Map<String, CompletableFuture<T>> entries;

  public Memo(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<T>> eldest) {
            return size() > Memo.this.capacity;
          }
        };
  }

  /** The result for {@code key} on the store state {@code fingerprint}, computed at most once. */
  public T get(String fingerprint, String key, Supplier<T> compute) {
    String full = fingerprint + "\n" + key;
    CompletableFuture<T> mine = new CompletableFuture<>();
    CompletableFuture<T> existing;
    synchronized (entries) {
      existing = entries.putIfAbsent(full, mine);
    }
    if (existing != null) {
      try {
        return existing.join();
      } catch (CompletionException e) {
        throw unwrap(e);
      }
    }
    try {
      T value = compute.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      synchronized (entries) {
        entries.remove(full, mine);
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private static RuntimeException unwrap(CompletionException e) {
    Throwable c = e.getCause();
    if (c instanceof RuntimeException r) {
      return r;
    }
    if (c instanceof Error err) {
      throw err;
    }
    return e;
  }
}
