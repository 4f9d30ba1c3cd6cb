package org.techsov.cli.support;

import java.util.function.Function;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.localisation.RuleSet;
import org.techsov.ingest.bom.LocalisationSources;

/**
 * Loads the bills, rule sets and currency tables that commands name, built in or from files. A file
 * with an unknown country inside is malformed data (exit 3), not a bad flag: the readers' message
 * (file, line, field, raw value) is kept, only the category changes.
 */
public final class LocalisationInputs {
  private LocalisationInputs() {}

  public static Bom bom(String nameOrPath) {
    return load(nameOrPath, LocalisationSources::bom);
  }

  public static RuleSet ruleSet(String nameOrPath) {
    return load(nameOrPath, LocalisationSources::ruleSet);
  }

  public static CurrencyTable currencies(String nameOrPath) {
    return load(nameOrPath, LocalisationSources::currencies);
  }

  private static <T> T load(String nameOrPath, Function<String, T> reader) {
    try {
      return reader.apply(nameOrPath);
    } catch (TechsovException e) {
      if (e.code() == ErrorCode.UNKNOWN_COUNTRY) {
        throw new TechsovException(ErrorCode.MALFORMED_FILE, e.getMessage(), e);
      }
      throw e;
    }
  }
}
