package org.techsov.cli.support;

import picocli.CommandLine.Option;

/** The option of every catalogue command: where the catalogue is kept. */
public final class CatalogueOptions {
  @Option(
      names = "--registry",
      paramLabel = "URL",
      description =
          "Keep the catalogue in a shared PostgreSQL registry, postgres://user@host:port/database, instead of the store file (default: registry in techsov.yaml or TECHSOV_REGISTRY, else the store file); 'embedded' forces the store file.")
  String registry;

  /** The configuration with {@code --registry} applied. */
  public TechsovConfig apply(TechsovConfig config) {
    return registry == null ? config : config.with("registry", registry, "--registry");
  }
}
