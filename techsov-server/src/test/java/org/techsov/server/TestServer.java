package org.techsov.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import org.techsov.core.access.IssuedToken;
import org.techsov.core.access.Role;
import org.techsov.core.access.TokenSecrets;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;

/**
 * A server on port 0 over a copy of the demo store, with tokens of each role and an HTTP client.
 */
final class TestServer implements AutoCloseable {
  final DuckDbStore store;
  final TechsovServer server;
  final String viewer;
  final String analyst;
  final String admin;
  final Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  TestServer(Path dir) {
    this(dir, ServerOptions.defaults(dir.resolve("work")).withPort(0));
  }

  TestServer(Path dir, ServerOptions options) {
    this.dir = dir;
    this.store = DuckDbStore.open(StoreOptions.defaults(DemoWorld.copyInto(dir)));
    store.syncReference(DemoWorld.REFERENCE);
    TokenSecrets secrets = new TokenSecrets(new SecureRandom());
    viewer = issue(secrets, "viewer", Role.VIEWER);
    analyst = issue(secrets, "analyst", Role.ANALYST);
    admin = issue(secrets, "admin", Role.ADMIN);
    this.server = TechsovServer.start(store, DemoWorld.REFERENCE, options);
  }

  private String issue(TokenSecrets secrets, String name, Role role) {
    IssuedToken t = secrets.issue(name, role, Instant.now());
    store.tokens().add(t.token());
    return t.text();
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), headers);
  }

  HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).POST(body), headers);
  }

  HttpResponse<String> delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).DELETE(), headers);
  }

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
