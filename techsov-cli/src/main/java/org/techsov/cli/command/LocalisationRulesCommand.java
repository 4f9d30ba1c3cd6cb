package org.techsov.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.techsov.cli.support.ListingOutput;
import org.techsov.cli.support.LocalisationOutput;
import org.techsov.cli.support.OutputFormat;
import org.techsov.cli.support.OutputSink;
import org.techsov.cli.support.TextOutputOptions;
import org.techsov.core.localisation.Level;
import org.techsov.core.localisation.RuleSet;
import org.techsov.core.localisation.RuleSetVersion;
import org.techsov.core.localisation.Schedule;
import org.techsov.ingest.bom.LocalisationSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code techsov localisation rules}: the built-in rule sets, one row per version. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "List the built-in rule sets, one row per version.",
      "Shows when each version is in force, its method, territory, pass mark",
      "(with the dates it changes) and levels, and whether its figures are",
      "illustrative (made up where the real ones are not published)."
    })
public final class LocalisationRulesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin TextOutputOptions output;

  @Override
  public Integer call() {
    OutputFormat fmt = OutputFormat.parse(output.format());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String name : LocalisationSources.BUILT_IN_RULE_SETS) {
      RuleSet rules = LocalisationSources.ruleSet(name);
      for (RuleSetVersion v : rules.versions()) {
        rows.add(row(name, rules, v));
      }
    }
    OutputSink.write(
        ListingOutput.render(fmt, "ruleSets", rows),
        output.out(),
        rows.size() + " rule-set versions",
        spec.commandLine().getOut());
    return 0;
  }

  private static Map<String, Object> row(String name, RuleSet rules, RuleSetVersion v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("from", v.effectiveFrom().toString());
    m.put("until", v.effectiveUntil() == null ? "" : v.effectiveUntil().toString());
    m.put("method", v.method().name().toLowerCase(Locale.ROOT));
    m.put("territory", v.territory().stream().map(Object::toString).sorted().toList());
    String symbol = v.comparison().symbol() + " ";
    String unit = v.method().unit();
    m.put("pass_mark", v.threshold() == null ? "a level" : symbol + schedule(v.threshold(), unit));
    m.put("levels", v.levels().stream().map(l -> level(l, symbol, unit)).toList());
    m.put("illustrative", v.illustrative());
    m.put("title", rules.title());
    return m;
  }

  private static String level(Level l, String symbol, String unit) {
    return l.name() + " " + symbol + schedule(l.minimum(), unit);
  }

  /** {@code 30 points; 40 from 2027-01-01}: the first step, then each change with its date. */
  private static String schedule(Schedule s, String unit) {
    StringBuilder sb = new StringBuilder();
    for (Schedule.Step step : s.steps()) {
      String value =
          unit.equals("percent")
              ? LocalisationOutput.amount(step.value()) + "%"
              : LocalisationOutput.amount(step.value());
      sb.append(sb.length() == 0 ? value : "; " + value + " from " + step.from());
    }
    return sb.toString();
  }
}
