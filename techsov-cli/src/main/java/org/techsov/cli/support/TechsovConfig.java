package org.techsov.cli.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.store.postgres.RegistryAddress;

/**
 * Settings, layered: these defaults, then {@code techsov.yaml} (in the working directory, or the
 * file named by {@code --config} or {@code TECHSOV_CONFIG}), then {@code TECHSOV_*} environment
 * variables, then command-line flags. Validated when read; a bad value names its key and source.
 *
 * @param db the store file ({@code db}, {@code TECHSOV_DB})
 * @param memoryLimit DuckDB memory limit ({@code memoryLimit}, {@code TECHSOV_MEMORY_LIMIT})
 * @param threads worker threads ({@code threads}, {@code TECHSOV_THREADS})
 * @param progress show progress bars ({@code progress}, {@code TECHSOV_PROGRESS})
 * @param blocs default blocs whose shares are reported ({@code blocs}, {@code TECHSOV_BLOCS})
 * @param registry where the catalogue commands keep the catalogue ({@code registry}, {@code
 *     TECHSOV_REGISTRY}, {@code --registry}): null (or {@code embedded} in the file) for the
 *     embedded store file {@code db}, or a PostgreSQL registry {@code
 *     postgres://user[:password]@host[:port]/database} shared by several users
 */
public record TechsovConfig(
    Path db,
    String memoryLimit,
    int threads,
    boolean progress,
    List<String> blocs,
    String registry) {
  private static final Set<String> KEYS =
      Set.of("db", "memoryLimit", "threads", "progress", "blocs", "registry");

  public static TechsovConfig defaults() {
    return new TechsovConfig(
        Path.of("techsov.duckdb"),
        "4GB",
        Runtime.getRuntime().availableProcessors(),
        true,
        List.of("UNFRIENDLY", "CHN_HK"),
        null);
  }

  /** Defaults, then the file, then the environment. */
  public static TechsovConfig load(Path explicitFile, Map<String, String> env) {
    TechsovConfig c = defaults();
    Path file = explicitFile;
    if (file == null && env.containsKey("TECHSOV_CONFIG")) {
      file = Path.of(env.get("TECHSOV_CONFIG"));
    }
    if (file == null && Files.exists(Path.of("techsov.yaml"))) {
      file = Path.of("techsov.yaml");
    }
    if (file != null) {
      c = c.withFile(file);
    }
    return c.withEnvironment(env);
  }

  private TechsovConfig withFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TechsovException(
          ErrorCode.INVALID_CONFIGURATION, "configuration file not found: " + file);
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.INVALID_CONFIGURATION, file + ": not valid YAML: " + e.getMessage(), e);
    }
    TechsovConfig c = this;
    if (root == null) {
      return c;
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new TechsovException(
            ErrorCode.INVALID_CONFIGURATION,
            file + ": unknown key '" + key + "'; known keys: " + KEYS);
      }
      c =
          c.with(
              key,
              root.get(key).isArray() ? join(root.get(key)) : root.get(key).asText(),
              file + " key " + key);
    }
    return c;
  }

  private static String join(JsonNode array) {
    StringBuilder sb = new StringBuilder();
    array.forEach(n -> sb.append(sb.length() == 0 ? "" : ",").append(n.asText()));
    return sb.toString();
  }

  private TechsovConfig withEnvironment(Map<String, String> env) {
    TechsovConfig c = this;
    for (String key : KEYS) {
      String var = "TECHSOV_" + key.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
      if (env.containsKey(var)) {
        c = c.with(key, env.get(var), "environment variable " + var);
      }
    }
    return c;
  }

  /** This configuration with one key set from text; errors name {@code source}. */
  public TechsovConfig with(String key, String value, String source) {
    try {
      return switch (key) {
        case "db" ->
            new TechsovConfig(Path.of(value), memoryLimit, threads, progress, blocs, registry);
        case "memoryLimit" -> {
          if (!value.matches("\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
            throw new IllegalArgumentException("expected a size such as 4GB or 512MB");
          }
          yield new TechsovConfig(db, value, threads, progress, blocs, registry);
        }
        case "threads" -> {
          int t = Integer.parseInt(value.trim());
          if (t < 1 || t > 1024) {
            throw new IllegalArgumentException("expected 1..1024");
          }
          yield new TechsovConfig(db, memoryLimit, t, progress, blocs, registry);
        }
        case "progress" ->
            new TechsovConfig(db, memoryLimit, threads, bool(value), blocs, registry);
        case "blocs" ->
            new TechsovConfig(
                db, memoryLimit, threads, progress, List.of(value.split("\\s*,\\s*")), registry);
        case "registry" ->
            new TechsovConfig(db, memoryLimit, threads, progress, blocs, registry(value));
        default -> throw new IllegalArgumentException("unknown key");
      };
    } catch (IllegalArgumentException e) {
      throw new TechsovException(
          ErrorCode.INVALID_CONFIGURATION,
          source
              + ": invalid value '"
              + (key.equals("registry") ? value.replaceAll("(://[^:/@]*:)[^@]*@", "$1***@") : value)
              + "' for "
              + key
              + ": "
              + e.getMessage());
    }
  }

  /** The embedded store for {@code embedded} or nothing, else a validated PostgreSQL address. */
  private static String registry(String value) {
    String v = value.trim();
    if (v.isEmpty() || v.equalsIgnoreCase("embedded")) {
      return null;
    }
    if (!RegistryAddress.isPostgres(v)) {
      throw new IllegalArgumentException("expected embedded or postgres://user@host:port/database");
    }
    try {
      RegistryAddress.parse(v);
    } catch (TechsovException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return v;
  }

  /** True when the catalogue lives in a PostgreSQL registry rather than the store file. */
  public boolean usesRegistry() {
    return registry != null;
  }

  private static boolean bool(String v) {
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }
}
