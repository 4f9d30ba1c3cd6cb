package org.techsov.bench.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.techsov.bench.Harness;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.baci.BaciImportOptions;
import org.techsov.ingest.baci.BaciImporter;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.server.ServerOptions;
import org.techsov.server.TechsovServer;
import org.techsov.store.duckdb.DuckDbStore;
import org.techsov.store.duckdb.StoreOptions;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;

/**
 * Load on the server's main endpoints over loopback: N concurrent clients, each sending requests
 * back to back for a fixed time, spread over the dashboard's queries (dependency by area, bloc
 * shift, product drill-down), reference data, the store's status and a revalidation (304). The
 * server runs in this process on the demo world, on 127.0.0.1 only. Prints count, errors and
 * p50/p90/p99/max latency per endpoint; exits 1 if any request failed.
 *
 * <p>Usage: {@code ServerLoadBenchmark [--clients 200] [--seconds 60] [--dir DIR]}.
 */
public final class ServerLoadBenchmark {
  static final String ALL_AREAS =
      "microelectronics,computers,telecom,semiconductor-equipment,machine-tools,aviation,optics,"
          + "instruments";
  static final String BLOCS = "&bloc=COALITION,CHN_HK,HUBS&blocDate=2024-01-01";

  /** The endpoints, with names for the report. */
  static final List<String[]> ENDPOINTS =
      List.of(
          new String[] {
            "dependency by area",
            "/api/dependency?importer=RUS&year=2023&top=1&area=" + ALL_AREAS + BLOCS
          },
          new String[] {
            "bloc shift", "/api/dependency?importer=RUS&area=microelectronics&top=0" + BLOCS
          },
          new String[] {
            "supplier map",
            "/api/dependency?importer=RUS&area=microelectronics&year=2023&top=50" + BLOCS
          },
          new String[] {
            "product drill-down",
            "/api/dependency?importer=RUS&product=8542&level=hs4&top=6&bloc=CHN_HK"
          },
          new String[] {"reference countries", "/api/reference/countries"},
          new String[] {"status (uncached)", "/api/status"},
          new String[] {"revalidation (304)", "REVALIDATE"});

  private ServerLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = Integer.parseInt(Harness.arg(args, "--clients", "200"));
    int seconds = Integer.parseInt(Harness.arg(args, "--seconds", "60"));
    if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 600) {
      throw new IllegalArgumentException("--clients 1..1000 and --seconds 1..600");
    }
    Path dir = Path.of(Harness.arg(args, "--dir", "bench/target/server-bench"));
    ReferenceData ref = ReferenceDataLoader.builtIn();
    Path db = demoStore(dir, ref);
    try (DuckDbStore store = DuckDbStore.open(StoreOptions.defaults(db));
        TechsovServer server =
            TechsovServer.start(
                store, ref, ServerOptions.defaults(dir.resolve("work")).withPort(0))) {
      String base = "http://127.0.0.1:" + server.port();
      System.out.printf(
          Locale.ROOT,
          "server on %s, %d clients, %d s, %d processors, max heap %d MB%n",
          base,
          clients,
          seconds,
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      run(base, clients, seconds);
    }
  }

  static void run(String base, int clients, int seconds) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String etag = warmUp(http, base);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<LatencyRecorder[]> perClient = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      LatencyRecorder[] rec = new LatencyRecorder[ENDPOINTS.size()];
      for (int e = 0; e < rec.length; e++) {
        rec[e] = new LatencyRecorder();
      }
      perClient.add(rec);
      int first = c;
      Thread t =
          new Thread(
              () -> {
                try {
                  client(http, base, etag, first, end, rec);
                } finally {
                  done.countDown();
                }
              },
              "client-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    report(perClient, seconds);
  }

  private static void client(
      HttpClient http, String base, String etag, int first, long end, LatencyRecorder[] rec) {
    int e = first % ENDPOINTS.size();
    while (System.nanoTime() < end) {
      String path = ENDPOINTS.get(e)[1];
      boolean revalidate = path.equals("REVALIDATE");
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + (revalidate ? ENDPOINTS.get(1)[1] : path)))
              .timeout(Duration.ofSeconds(30));
      if (revalidate) {
        b.header("If-None-Match", etag);
      }
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        long t1 = System.nanoTime();
        if (r.statusCode() == (revalidate ? 304 : 200)) {
          rec[e].add(t1 - t0);
        } else {
          rec[e].errors++;
        }
      } catch (IOException ex) {
        rec[e].errors++;
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return;
      }
      e = (e + 1) % ENDPOINTS.size();
    }
  }

  /** One request to each endpoint so that results are cached; returns the bloc shift's ETag. */
  private static String warmUp(HttpClient http, String base) throws Exception {
    String etag = null;
    for (String[] ep : ENDPOINTS) {
      if (ep[1].equals("REVALIDATE")) {
        continue;
      }
      long t0 = System.nanoTime();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + ep[1])).build(),
              HttpResponse.BodyHandlers.ofString());
      System.out.printf(
          Locale.ROOT,
          "first request %-20s %d in %.1f ms%n",
          ep[0],
          r.statusCode(),
          (System.nanoTime() - t0) / 1e6);
      if (r.statusCode() != 200) {
        throw new IllegalStateException(ep[0] + " answered " + r.statusCode() + ": " + r.body());
      }
      if (ep[0].equals("bloc shift")) {
        etag = r.headers().firstValue("ETag").orElseThrow();
      }
    }
    return etag;
  }

  private static void report(List<LatencyRecorder[]> perClient, int seconds) {
    System.out.printf(
        Locale.ROOT,
        "%-20s %9s %7s %8s %8s %8s %8s%n",
        "endpoint",
        "requests",
        "errors",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "max ms");
    LatencyRecorder all = new LatencyRecorder();
    for (int e = 0; e < ENDPOINTS.size(); e++) {
      LatencyRecorder m = new LatencyRecorder();
      for (LatencyRecorder[] rec : perClient) {
        m.addAll(rec[e]);
      }
      all.addAll(m);
      line(ENDPOINTS.get(e)[0], m);
    }
    line("all", all);
    System.out.printf(Locale.ROOT, "throughput %.0f requests/s%n", (double) all.count() / seconds);
    if (all.errors > 0) {
      System.exit(1);
    }
  }

  private static void line(String name, LatencyRecorder m) {
    System.out.printf(
        Locale.ROOT,
        "%-20s %9d %7d %8.2f %8.2f %8.2f %8.1f%n",
        name,
        m.count(),
        m.errors,
        m.millis(0.50),
        m.millis(0.90),
        m.millis(0.99),
        m.millis(1.0));
  }

  /** The demo world's store, built once into {@code dir}. */
  static Path demoStore(Path dir, ReferenceData ref) throws IOException {
    Path db = dir.resolve("demo.duckdb");
    if (Files.exists(db)) {
      return db;
    }
    GeneratedWorld world =
        new WorldGenerator(ref, WorldSpec.demo())
            .write(dir.resolve("baci"), WriteOptions.plain(), ProgressListener.NONE);
    try (DuckDbStore store = DuckDbStore.open(StoreOptions.defaults(db))) {
      store.syncReference(ref);
      BaciImporter importer = new BaciImporter(store, ref);
      for (Path f : world.flowFiles()) {
        BaciImportOptions o = BaciImportOptions.of(f);
        importer.run(
            new BaciImportOptions(
                f,
                Optional.of(world.countryCodes()),
                Optional.of(world.productCodes()),
                o.revision(),
                dir.resolve(o.rejectFile()),
                false,
                o.maxRejectRate()),
            ProgressListener.NONE);
      }
    }
    return db;
  }
}
