package org.techsov.core.trade;

import java.util.Locale;
import java.util.Optional;

/**
 * The direction of a reported flow, from the reporter's side. Re-exports and re-imports are subsets
 * of exports and imports in the general trade system, so they are kept but never added to them.
 */
public enum FlowDirection {
  EXPORT("X"),
  IMPORT("M"),
  RE_EXPORT("RX"),
  RE_IMPORT("RM");

  private final String code;

  FlowDirection(String code) {
    this.code = code;
  }

  /** The code stored and used by UN Comtrade: {@code X}, {@code M}, {@code RX}, {@code RM}. */
  public String code() {
    return code;
  }

  /** True for exports and imports, false for the re-export and re-import subsets. */
  public boolean isTotal() {
    return this == EXPORT || this == IMPORT;
  }

  /**
   * Parses the codes of UN Comtrade ({@code X}, {@code M}, {@code RX}, {@code RM}), Eurostat
   * ({@code 1} import, {@code 2} export, {@code EXPORT}, {@code IMPORT}) and plain words.
   */
  public static Optional<FlowDirection> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "X", "2", "EXPORT", "EXPORTS" -> Optional.of(EXPORT);
      case "M", "1", "IMPORT", "IMPORTS" -> Optional.of(IMPORT);
      case "RX", "RE-EXPORT", "RE-EXPORTS", "REEXPORT" -> Optional.of(RE_EXPORT);
      case "RM", "RE-IMPORT", "RE-IMPORTS", "REIMPORT" -> Optional.of(RE_IMPORT);
      default -> Optional.empty();
    };
  }

  /** The direction with this stored code. */
  public static FlowDirection ofCode(String code) {
    for (FlowDirection d : values()) {
      if (d.code.equals(code)) {
        return d;
      }
    }
    throw new IllegalArgumentException("not a flow direction code: " + code);
  }
}
