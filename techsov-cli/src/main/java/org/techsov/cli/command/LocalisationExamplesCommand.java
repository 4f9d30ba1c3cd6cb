package org.techsov.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.techsov.cli.support.ListingOutput;
import org.techsov.cli.support.LocalisationOutput;
import org.techsov.cli.support.OutputFormat;
import org.techsov.cli.support.OutputSink;
import org.techsov.cli.support.TextOutputOptions;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.BomItem;
import org.techsov.ingest.bom.LocalisationSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code techsov localisation examples}: the shipped example bills of materials. */
@Command(
    name = "examples",
    mixinStandardHelpOptions = true,
    description = {
      "List the example bills of materials shipped with techsov.",
      "They are illustrative and civilian: names, values and suppliers are made",
      "up. Use a name wherever a BOM is expected."
    })
public final class LocalisationExamplesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin TextOutputOptions output;

  @Override
  public Integer call() {
    OutputFormat fmt = OutputFormat.parse(output.format());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String name : LocalisationSources.BUILT_IN_EXAMPLES) {
      Bom bom = LocalisationSources.bom(name);
      BomItem product = bom.product();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("product", product.partNumber());
      m.put("items", bom.size());
      m.put("unit_value", LocalisationOutput.amount(product.unitValue()));
      m.put("currency", product.currency());
      m.put("units_a_year", LocalisationOutput.amount(bom.header().annualVolume()));
      m.put("description", bom.header().name());
      rows.add(m);
    }
    OutputSink.write(
        ListingOutput.render(fmt, "examples", rows),
        output.out(),
        rows.size() + " examples",
        spec.commandLine().getOut());
    return 0;
  }
}
