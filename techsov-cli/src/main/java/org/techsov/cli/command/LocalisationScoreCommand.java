package org.techsov.cli.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.techsov.cli.support.IsoDateConverter;
import org.techsov.cli.support.LocalisationInputs;
import org.techsov.cli.support.LocalisationOutput;
import org.techsov.cli.support.OutputFormat;
import org.techsov.cli.support.OutputSink;
import org.techsov.cli.support.ScoredBill;
import org.techsov.cli.support.TextOutputOptions;
import org.techsov.core.bom.Bom;
import org.techsov.core.localisation.LocalisationScorer;
import org.techsov.core.localisation.RuleSet;
import org.techsov.core.localisation.ScoringOptions;
import org.techsov.ingest.bom.LocalisationSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techsov localisation score}: scores bills under rule sets at a date. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score bills of materials under rule sets at a date.",
      "Prints the score, the level reached, pass or fail, and the \"stamp on the",
      "box\" flag (only assembly, packing or branding done in the country).",
      "With --explain, every point awarded or refused and every component",
      "counted domestic or foreign, and why. Exit code 0 whether it passes or not."
    })
public final class LocalisationScoreCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "BOM",
      description =
          "Bills of materials: a built-in example (see 'techsov localisation examples') or a"
              + " .yaml or .csv file.")
  List<String> boms = new ArrayList<>();

  @Option(
      names = "--rules",
      required = true,
      split = ",",
      paramLabel = "RULES",
      description =
          "Rule sets, comma-separated: built-in (see 'techsov localisation rules') or .yaml files.")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "DATE",
      converter = IsoDateConverter.class,
      description = "Date to score at, YYYY-MM-DD (default: today).")
  LocalDate date;

  @Option(
      names = "--explain",
      description = "List every point awarded or refused and every component counted, with why.")
  boolean explain;

  @Option(
      names = "--currencies",
      paramLabel = "TABLE",
      defaultValue = LocalisationSources.DEFAULT_CURRENCIES,
      description =
          "Currency conversion table: built-in ${DEFAULT-VALUE} (illustrative) or a .yaml file.")
  String currencies;

  @Mixin TextOutputOptions output;

  @Override
  public Integer call() {
    OutputFormat fmt = OutputFormat.parse(output.format());
    LocalDate at = date != null ? date : LocalDate.now();
    List<RuleSet> ruleSets = rules.stream().map(LocalisationInputs::ruleSet).toList();
    List<Bom> bills = boms.stream().map(LocalisationInputs::bom).toList();
    ScoringOptions options = new ScoringOptions(LocalisationInputs.currencies(currencies), explain);
    List<ScoredBill> scored = new ArrayList<>();
    for (Bom bom : bills) {
      for (RuleSet r : ruleSets) {
        scored.add(ScoredBill.of(LocalisationScorer.score(bom, r, at, options), r));
      }
    }
    String what = scored.size() == 1 ? "1 score" : scored.size() + " scores";
    OutputSink.write(
        LocalisationOutput.render(fmt, scored, explain),
        output.out(),
        what,
        spec.commandLine().getOut());
    return 0;
  }
}
