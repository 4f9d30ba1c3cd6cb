package org.techsov.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CliProgress;
import org.techsov.cli.support.GlobalOptions;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.synth.Corruption;
import org.techsov.synth.GeneratedMonthly;
import org.techsov.synth.GeneratedWorld;
import org.techsov.synth.MonthlyOptions;
import org.techsov.synth.WorldGenerator;
import org.techsov.synth.WorldSpec;
import org.techsov.synth.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code techsov generate}: write a synthetic world as BACI files. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a seeded synthetic trade world in the BACI layout (one flow file per year, plus",
      "country and product dictionaries): a gravity model with nested export baskets and a",
      "sanctions shock on the target. The same options always write the same bytes."
    })
public final class GenerateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin GlobalOptions global;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "20220224",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--years",
      defaultValue = "2017-2024",
      paramLabel = "FROM-TO",
      description = "Years (default ${DEFAULT-VALUE}).")
  String years;

  @Option(
      names = "--rows-per-year",
      defaultValue = "150000",
      paramLabel = "N",
      description = "Approximate flows per year (BACI: about 11000000; default ${DEFAULT-VALUE}).")
  long rows;

  @Option(
      names = "--products",
      defaultValue = "1500",
      paramLabel = "N",
      description = "HS6 products (default ${DEFAULT-VALUE}).")
  int products;

  @Option(
      names = "--target",
      defaultValue = "RUS",
      paramLabel = "ISO3",
      description = "Sanctioned country (default ${DEFAULT-VALUE}).")
  String target;

  @Option(names = "--no-shock", description = "Plant no sanctions shock (a null world).")
  boolean noShock;

  @Option(names = "--gzip", description = "Compress the flow files.")
  boolean gzip;

  @Option(names = "--single-file", description = "Write all years into one flow file.")
  boolean singleFile;

  @Option(
      names = "--corrupt-rate",
      defaultValue = "0",
      paramLabel = "SHARE",
      description =
          "Share of rows to damage on purpose, to test importers (default ${DEFAULT-VALUE}).")
  double corruptRate;

  @Option(
      names = "--monthly",
      description = {
        "Also write the monthly extract (UN Comtrade layout, both reporters' sides, 3 years before",
        "the shock to the year after) and shipment records of the target's chip imports."
      })
  boolean monthly;

  @Override
  public Integer call() {
    String[] ys = years.split("-");
    if (ys.length != 2) {
      throw TechsovException.invalidArgument("--years must look like 2017-2024");
    }
    WorldSpec base = WorldSpec.demo();
    WorldSpec s =
        new WorldSpec(
            seed,
            Integer.parseInt(ys[0].trim()),
            Integer.parseInt(ys[1].trim()),
            rows,
            products,
            CountryCode.of(target),
            base.shockDate(),
            base.collapse(),
            !noShock);
    PrintWriter w = spec.commandLine().getOut();
    GeneratedWorld g;
    GeneratedMonthly m = null;
    try (CliProgress p = new CliProgress(global.config().progress(), spec.commandLine().getErr())) {
      WorldGenerator generator = new WorldGenerator(global.reference(), s);
      g =
          generator.write(
              out, new WriteOptions(gzip, singleFile, new Corruption(corruptRate, seed + 1)), p);
      if (monthly) {
        m = generator.writeMonthly(out.resolve("monthly"), MonthlyOptions.around(s), p);
      }
    }
    w.printf("wrote %,d flows in %d file(s) to %s%n", g.goodRows(), g.flowFiles().size(), out);
    if (!g.damaged().isEmpty()) {
      w.printf("damaged %,d lines on purpose%n", g.damaged().size());
    }
    w.printf(
        "dictionaries: %s, %s%n", g.countryCodes().getFileName(), g.productCodes().getFileName());
    if (m != null) {
      w.printf(
          "monthly: %,d reported flows in %d file(s) and %,d shipment records in %s%n",
          m.flowRows(), m.flowFiles().size(), m.shipmentRows(), out.resolve("monthly"));
    }
    w.flush();
    return 0;
  }
}
