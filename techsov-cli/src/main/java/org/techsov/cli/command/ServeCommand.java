package org.techsov.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.cli.support.ServeSupport;
import org.techsov.core.error.TechsovException;
import org.techsov.server.ServerOptions;
import org.techsov.store.duckdb.DuckDbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techsov serve}: the API and the dashboard over the store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the JSON API (/api, described at /openapi and /swagger) and the dashboard (/) over",
      "the store. Reads need no token; ingests, exports and token management need an API token",
      "(techsov token create). Listens on 127.0.0.1 unless --bind says otherwise."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "${env:TECHSOV_PORT:-7070}",
      description = "TCP port (default ${DEFAULT-VALUE}; TECHSOV_PORT).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "${env:TECHSOV_BIND:-127.0.0.1}",
      description = "Address to listen on (default ${DEFAULT-VALUE}; TECHSOV_BIND).")
  String bind;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "${env:TECHSOV_DATA_DIR}",
      description =
          "Folder whose files may be ingested by path (POST /api/jobs/ingest-file); TECHSOV_DATA_DIR.")
  Path dataDir;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description = "Folder for uploads, exports and reject files (default: <db>.server).")
  Path workDir;

  @Option(
      names = "--max-upload-mb",
      paramLabel = "MB",
      defaultValue = "512",
      description = "Largest upload accepted, in MiB (default ${DEFAULT-VALUE}).")
  long maxUploadMb;

  @Override
  public Integer call() {
    Path db = global.config().db();
    DuckDbStore store = global.openStore();
    try {
      ServeSupport.serveUntilStopped(
          store, global.reference(), options(db), spec.commandLine().getOut());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return 0;
  }

  ServerOptions options(Path db) {
    if (port < 1 || port > 65535) {
      throw TechsovException.invalidArgument("--port must be 1..65535, not " + port);
    }
    if (maxUploadMb < 1 || maxUploadMb > 1 << 20) {
      throw TechsovException.invalidArgument("--max-upload-mb must be 1..1048576");
    }
    Path work =
        workDir != null
            ? workDir
            : db.toAbsolutePath().resolveSibling(db.getFileName() + ".server");
    return ServerOptions.defaults(work)
        .withPort(port)
        .withBind(bind)
        .withDataDir(dataDir)
        .withMaxUploadBytes(maxUploadMb << 20);
  }
}
