package org.techsov.engine.dependency;

import java.util.Locale;

/** File formats the engine writes directly from the store. */
public enum ExportFormat {
  CSV("FORMAT CSV, HEADER true"),
  PARQUET("FORMAT PARQUET, COMPRESSION zstd");

  private final String copyOptions;

  ExportFormat(String copyOptions) {
    this.copyOptions = copyOptions;
  }

  String copyOptions() {
    return copyOptions;
  }

  public static ExportFormat parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
