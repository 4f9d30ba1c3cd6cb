package org.techsov.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs.
 *
 * @param bind the address to listen on; loopback unless configured otherwise
 * @param port the TCP port; 0 picks a free one (tests)
 * @param dataDir the folder whose files may be ingested by path; empty disables ingest by path
 * @param workDir where uploads, exports and reject files of jobs are written
 * @param maxUploadBytes the largest upload accepted, in bytes
 * @param connections store connections for concurrent requests
 */
public record ServerOptions(
    String bind,
    int port,
    Optional<Path> dataDir,
    Path workDir,
    long maxUploadBytes,
    int connections) {
  /** 512 MiB: a BACI year compressed is about 100 MB, uncompressed about 350 MB. */
  public static final long DEFAULT_MAX_UPLOAD = 512L << 20;

  public static final int DEFAULT_PORT = 7070;

  public ServerOptions {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(workDir, "workDir");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("maxUploadBytes must be positive: " + maxUploadBytes);
    }
    if (connections < 1 || connections > 64) {
      throw new IllegalArgumentException("connections must be 1..64: " + connections);
    }
  }

  /** Loopback, port 7070, no data folder, jobs' files under {@code workDir}. */
  public static ServerOptions defaults(Path workDir) {
    return new ServerOptions(
        "127.0.0.1", DEFAULT_PORT, Optional.empty(), workDir, DEFAULT_MAX_UPLOAD, 8);
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(bind, p, dataDir, workDir, maxUploadBytes, connections);
  }

  public ServerOptions withBind(String b) {
    return new ServerOptions(b, port, dataDir, workDir, maxUploadBytes, connections);
  }

  public ServerOptions withDataDir(Path dir) {
    return new ServerOptions(
        bind, port, Optional.ofNullable(dir), workDir, maxUploadBytes, connections);
  }

  public ServerOptions withMaxUploadBytes(long max) {
    return new ServerOptions(bind, port, dataDir, workDir, max, connections);
  }
}
