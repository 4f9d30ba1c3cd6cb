package org.techsov.cli.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.techsov.cli.support.CountrySelector;
import org.techsov.cli.support.EmbargoInputs;
import org.techsov.cli.support.EmbargoOutput;
import org.techsov.cli.support.EmbargoRun;
import org.techsov.cli.support.IsoDateConverter;
import org.techsov.cli.support.LocalisationInputs;
import org.techsov.cli.support.OutputFormat;
import org.techsov.cli.support.OutputSink;
import org.techsov.cli.support.TextOutputOptions;
import org.techsov.core.bom.Bom;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.embargo.BomSupplyGraph;
import org.techsov.core.embargo.EmbargoScenario;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;
import org.techsov.ingest.bom.LocalisationSources;
import org.techsov.ingest.reference.ReferenceDataLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code techsov embargo}: what stops if some countries or suppliers cut supply. */
@Command(
    name = "embargo",
    mixinStandardHelpOptions = true,
    description = {
      "What stops if countries or suppliers cut supply.",
      "Reports the end products that can no longer be made and their value a",
      "year at risk, the parts without a qualified substitute outside the cut,",
      "and the single points of failure in the products still made. A part",
      "survives through a qualified substitute outside the cut, from the date",
      "it is qualified. With --vs, a second scenario and the difference."
    })
public final class EmbargoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "BOM",
      description = "Bills of materials, in one supplier graph: built-in examples or files.")
  List<String> boms = new ArrayList<>();

  @Option(names = "--examples", description = "Add every shipped example bill.")
  boolean examples;

  @Option(
      names = "--cut",
      split = ",",
      paramLabel = "CODE",
      description =
          "Countries cut off: blocs (COALITION, EU27, G7, UNFRIENDLY, ...; members on --as-of)"
              + " and ISO 3166-1 alpha-3 or alpha-2 codes (USA or US, TWN or TW), mixed.")
  List<String> cut = new ArrayList<>();

  @Option(
      names = "--suppliers",
      split = ",",
      paramLabel = "NAME",
      description = "Suppliers cut off wherever they are, as the bills name them (any case).")
  List<String> suppliers = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = IsoDateConverter.class,
      description = "First day of the cut, YYYY-MM-DD (default: already in force).")
  LocalDate from;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = IsoDateConverter.class,
      description = "Date to evaluate, YYYY-MM-DD (default: today).")
  LocalDate asOf;

  @Option(
      names = "--vs",
      paramLabel = "CUT",
      description =
          "A second scenario to compare with: countries and blocs as in --cut; with a leading +"
              + " (e.g. +CN) they are added to the first cut. Same suppliers and --from.")
  String vs;

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
    LocalDate at = asOf != null ? asOf : LocalDate.now();
    if (cut.isEmpty() && suppliers.isEmpty()) {
      throw TechsovException.invalidArgument("give --cut or --suppliers (or both)");
    }
    CountrySelector countries = new CountrySelector(ReferenceDataLoader.builtIn());
    Set<CountryCode> cutCountries = countries.select(cut, at, "--cut");
    SecondCut second = vs == null ? null : SecondCut.parse(vs, countries, at);
    List<Bom> bills = EmbargoInputs.bills(billNames());
    Set<String> cutSuppliers = EmbargoInputs.suppliers(bills, suppliers);
    EmbargoScenario scenario =
        new EmbargoScenario(name(cut, cutSuppliers), cutCountries, cutSuppliers, from);
    EmbargoScenario vsScenario = second == null ? null : second.scenario(scenario);
    CurrencyTable rates = LocalisationInputs.currencies(currencies);
    EmbargoRun run =
        EmbargoRun.of(BomSupplyGraph.of(bills, rates), rates.base(), at, scenario, vsScenario);
    String what = "the embargo report (" + run.report().blockedProductCount() + " blocked)";
    OutputSink.write(
        EmbargoOutput.render(fmt, run), output.out(), what, spec.commandLine().getOut());
    return 0;
  }

  private List<String> billNames() {
    List<String> names = new ArrayList<>();
    if (examples) {
      names.addAll(LocalisationSources.BUILT_IN_EXAMPLES);
    }
    names.addAll(boms);
    if (names.isEmpty()) {
      throw TechsovException.invalidArgument(
          "give at least one bill of materials (a file or a built-in example) or --examples");
    }
    return names;
  }

  /**
   * The countries of {@code --vs}: a list as in {@code --cut}, added to the first cut when it
   * starts with {@code +}.
   */
  private record SecondCut(List<String> entries, Set<CountryCode> countries, boolean added) {
    static SecondCut parse(String text, CountrySelector selector, LocalDate at) {
      String t = text.trim();
      boolean added = t.startsWith("+");
      List<String> entries =
          List.of((added ? t.substring(1) : t).split(",")).stream()
              .map(String::trim)
              .filter(s -> !s.isEmpty())
              .toList();
      if (entries.isEmpty()) {
        throw TechsovException.invalidArgument("--vs: no country or bloc given");
      }
      return new SecondCut(entries, selector.select(entries, at, "--vs"), added);
    }

    /** The second scenario: same suppliers and first day as {@code first}. */
    EmbargoScenario scenario(EmbargoScenario first) {
      Set<CountryCode> set = new TreeSet<>(countries);
      String name = name(entries, first.suppliers());
      if (added) {
        set.addAll(first.countries());
        name = first.name() + "+" + name(entries, Set.of());
      }
      return new EmbargoScenario(name, set, first.suppliers(), first.from());
    }
  }

  /** {@code COALITION+TW}, with the suppliers after the countries. */
  static String name(List<String> entries, Set<String> cutSuppliers) {
    List<String> parts = new ArrayList<>();
    entries.forEach(e -> parts.add(e.trim().toUpperCase(Locale.ROOT)));
    parts.addAll(cutSuppliers);
    return String.join("+", parts);
  }
}
