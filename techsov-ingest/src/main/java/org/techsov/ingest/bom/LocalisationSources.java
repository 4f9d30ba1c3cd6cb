package org.techsov.ingest.bom;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.localisation.RuleSet;
import org.techsov.ingest.rules.RuleSetYamlReader;

/**
 * Loads bills of materials, rule sets and currency tables by built-in name or by file path, so a
 * command line can take {@code --rules ru-719-microchips} or {@code --rules path/to/file.yaml}. A
 * name without a slash or extension is looked up among the built-ins (shipped as resources);
 * anything else is a file path. Bills ending in {@code .csv} are read as CSV.
 */
public final class LocalisationSources {
  /** Rule sets shipped with techsov. */
  public static final List<String> BUILT_IN_RULE_SETS =
      List.of(
          "ru-719-microchips",
          "ru-719-car-ecu",
          "ru-719-radio-electronics",
          "usmca-rvc",
          "usmca-rvc-net-cost",
          "buy-american",
          "india-local-content",
          "eaeu-value-added");

  /** Example bills shipped with techsov (illustrative, civilian). */
  public static final List<String> BUILT_IN_EXAMPLES =
      List.of(
          "microcontroller",
          "laptop",
          "laptop-rebadged",
          "car-ecu",
          "airliner-ms21",
          "airliner-ms21-2018");

  /** The illustrative currency table used when the caller gives none. */
  public static final String DEFAULT_CURRENCIES = "illustrative-rates";

  private static final String RULES = "/org/techsov/rules/";
  private static final String EXAMPLES = "/org/techsov/examples/bom/";
  private static final String CURRENCIES = "/org/techsov/examples/currency/";

  private LocalisationSources() {}

  public static RuleSet ruleSet(String nameOrPath) {
    return load(nameOrPath, RULES, BUILT_IN_RULE_SETS, "rule set", RuleSetYamlReader::read);
  }

  public static Bom bom(String nameOrPath) {
    if (!isBuiltInName(nameOrPath) && nameOrPath.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      Path path = Path.of(nameOrPath);
      String id = path.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
      return fromFile(path, nameOrPath, (r, f) -> BomCsvReader.read(r, id, f));
    }
    return load(nameOrPath, EXAMPLES, BUILT_IN_EXAMPLES, "example bill", BomYamlReader::read);
  }

  public static CurrencyTable currencies(String nameOrPath) {
    return load(
        nameOrPath,
        CURRENCIES,
        List.of(DEFAULT_CURRENCIES),
        "currency table",
        CurrencyTableReader::read);
  }

  /** The shipped illustrative conversion table (base USD). */
  public static CurrencyTable defaultCurrencies() {
    return currencies(DEFAULT_CURRENCIES);
  }

  private static boolean isBuiltInName(String s) {
    return !s.contains("/") && !s.contains("\\") && !s.contains(".");
  }

  private static <T> T load(
      String nameOrPath,
      String folder,
      List<String> builtIns,
      String what,
      BiFunction<Reader, String, T> read) {
    if (!isBuiltInName(nameOrPath)) {
      return fromFile(Path.of(nameOrPath), nameOrPath, read);
    }
    InputStream in = LocalisationSources.class.getResourceAsStream(folder + nameOrPath + ".yaml");
    if (in == null) {
      throw new TechsovException(
          ErrorCode.INVALID_ARGUMENT,
          "no built-in "
              + what
              + " '"
              + nameOrPath
              + "' (built in: "
              + String.join(", ", builtIns)
              + "); give a file path to read your own");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read.apply(r, nameOrPath + ".yaml (built in)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T fromFile(Path path, String shown, BiFunction<Reader, String, T> read) {
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read.apply(r, shown);
    } catch (NoSuchFileException e) {
      throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "file not found: " + shown, e);
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, shown + ": cannot read: " + e.getMessage(), e);
    }
  }
}
