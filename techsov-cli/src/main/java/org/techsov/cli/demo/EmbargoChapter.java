package org.techsov.cli.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.techsov.cli.support.CountrySelector;
import org.techsov.cli.support.EmbargoInputs;
import org.techsov.cli.support.EmbargoOutput;
import org.techsov.cli.support.EmbargoRun;
import org.techsov.cli.support.TextTable;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.embargo.BlockedNode;
import org.techsov.core.embargo.BomSupplyGraph;
import org.techsov.core.embargo.EmbargoScenario;
import org.techsov.core.embargo.ScenarioComparison;
import org.techsov.core.reference.CountryCode;
import org.techsov.ingest.bom.LocalisationSources;

/**
 * Chapter 5: every example bill in one supplier graph, cut off from the export-control coalition
 * and Taiwan; what stops, the parts with no substitute, and what changes when China cuts too.
 */
public final class EmbargoChapter implements DemoChapter {
  @Override
  public int number() {
    return 5;
  }

  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  static final List<String> CUT = List.of("COALITION", "TW");
  static final List<String> ADDED = List.of("CN");

  @Override
  public String title() {
    return "Embargo: what stops if the coalition plus Taiwan cut supply, and if China joins";
  }

  @Override
  public void run(DemoContext c) {
    PrintWriter out = c.out();
    EmbargoRun run = run(new CountrySelector(c.reference()));
    out.println(EmbargoOutput.headline(run, run.scenario(), run.report()));
    TextTable t = new TextTable("blocked end product", "value a year USD", "first missing input");
    for (BlockedNode n : run.report().blockedProducts()) {
      t.row(n.label(), TextTable.usd(n.value()), firstMissing(run, n));
    }
    t.print(out);
    out.println("   Parts with no qualified substitute outside the cut:");
    partsByBill(run.report().partsWithoutSubstitute())
        .forEach((bill, parts) -> out.println("     " + bill + ": " + String.join(", ", parts)));
    ScenarioComparison diff = run.comparison();
    out.println(
        "   If China cuts too ("
            + diff.second()
            + "): "
            + run.vsReport().blockedProductCount()
            + " of "
            + run.productCount()
            + " blocked, value at risk +"
            + TextTable.usd(diff.valueAtRiskDelta())
            + " USD a year; newly blocked: "
            + String.join(", ", diff.productsOnlySecond()));
    out.println(
        "   Bills, suppliers and values are illustrative (see 'techsov localisation examples').");
    out.println(
        "   reproduce: techsov embargo --examples --cut "
            + String.join(",", CUT)
            + " --as-of "
            + AS_OF
            + " --vs +"
            + String.join(",", ADDED));
  }

  /** The chapter's scenarios on the shipped examples. */
  static EmbargoRun run(CountrySelector selector) {
    CurrencyTable rates = LocalisationSources.defaultCurrencies();
    Set<CountryCode> cut = selector.select(CUT, AS_OF, "--cut");
    Set<CountryCode> wider = new TreeSet<>(cut);
    wider.addAll(selector.select(ADDED, AS_OF, "--vs"));
    EmbargoScenario first = new EmbargoScenario(String.join("+", CUT), cut, Set.of(), null);
    EmbargoScenario second =
        new EmbargoScenario(first.name() + "+" + String.join("+", ADDED), wider, Set.of(), null);
    return EmbargoRun.of(
        BomSupplyGraph.of(EmbargoInputs.bills(LocalisationSources.BUILT_IN_EXAMPLES), rates),
        rates.base(),
        AS_OF,
        first,
        second);
  }

  private static String firstMissing(EmbargoRun run, BlockedNode n) {
    List<String> causes = EmbargoOutput.shortCauses(run.graph(), n);
    if (causes.isEmpty()) {
      return "";
    }
    String c = causes.get(0);
    int needs = c.indexOf(": needs ");
    return needs < 0 ? c : c.substring(needs + ": needs ".length());
  }

  /** Part numbers grouped by bill id, bills in order of first appearance. */
  static Map<String, List<String>> partsByBill(List<BlockedNode> parts) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (BlockedNode n : parts) {
      int slash = n.label().indexOf('/');
      out.computeIfAbsent(n.label().substring(0, slash), k -> new ArrayList<>())
          .add(n.label().substring(slash + 1));
    }
    return out;
  }
}
