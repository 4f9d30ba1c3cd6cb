package org.techsov.cli.support;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.techsov.core.reference.ReferenceData;
import org.techsov.server.ServerOptions;
import org.techsov.server.TechsovServer;
import org.techsov.store.duckdb.DuckDbStore;

/** Serves a store until the process is stopped (Ctrl-C), then closes the server cleanly. */
public final class ServeSupport {
  private ServeSupport() {}

  /** Starts the server, says where, and blocks until the process is asked to stop. */
  public static void serveUntilStopped(
      DuckDbStore store, ReferenceData reference, ServerOptions options, PrintWriter out) {
    TechsovServer server = TechsovServer.start(store, reference, options);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              store.close();
              stopped.countDown();
            },
            "techsov-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
    out.printf(
        "Dashboard: http://%s:%d  (API under /api, described at /openapi, explorer at /swagger)%n",
        host, server.port());
    if (!isLoopback(options.bind())) {
      out.println(
          "Listening on "
              + options.bind()
              + ": anyone who can reach this machine can read the store; writes need a token.");
    }
    out.println("Press Ctrl-C to stop.");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static boolean isLoopback(String bind) {
    return bind.equals("127.0.0.1") || bind.equals("localhost") || bind.equals("::1");
  }
}
