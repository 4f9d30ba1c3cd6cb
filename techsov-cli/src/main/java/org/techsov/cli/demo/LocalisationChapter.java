package org.techsov.cli.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.techsov.cli.support.LocalisationInputs;
import org.techsov.cli.support.LocalisationOutput;
import org.techsov.cli.support.TextTable;
import org.techsov.core.bom.CurrencyTable;
import org.techsov.core.localisation.Explanation;
import org.techsov.core.localisation.ExplanationKind;
import org.techsov.core.localisation.LocalisationResult;
import org.techsov.core.localisation.LocalisationScorer;
import org.techsov.core.localisation.ScoringOptions;
import org.techsov.ingest.bom.LocalisationSources;

/**
 * Chapter 4: a chip scored under the points rule set, with the level and why, beside a laptop that
 * is only a stamp on the box. The bills and the rule sets' figures are illustrative.
 */
public final class LocalisationChapter implements DemoChapter {
  @Override
  public int number() {
    return 4;
  }

  static final LocalDate DATE = LocalDate.of(2026, 1, 1);

  /** Example bill and rule set, scored in this order. */
  static final List<List<String>> SCORED =
      List.of(
          List.of("microcontroller", "ru-719-microchips"),
          List.of("laptop", "ru-719-radio-electronics"),
          List.of("laptop-rebadged", "ru-719-radio-electronics"));

  @Override
  public String title() {
    return "Localisation: how domestic is a chip, and which laptop is only a stamp on the box";
  }

  @Override
  public void run(DemoContext c) {
    PrintWriter out = c.out();
    CurrencyTable rates = LocalisationSources.defaultCurrencies();
    TextTable t =
        new TextTable("example bill", "rule set", "score", "level", "result", "stamp on the box");
    LocalisationResult chip = null;
    LocalisationResult stamp = null;
    for (List<String> pair : SCORED) {
      LocalisationResult r = score(pair.get(0), pair.get(1), rates);
      t.row(
          r.bomId(),
          r.ruleSetId(),
          LocalisationOutput.score(r.score(), r.unit()),
          r.level() == null ? "-" : r.level(),
          r.passed() ? "pass" : "fail",
          r.stampOnTheBox() ? "YES" : "no");
      chip = chip == null ? r : chip;
      stamp = r.stampOnTheBox() ? r : stamp;
    }
    t.print(out);
    out.println("   Why the chip is " + chip.level() + " (points only for work done in RUS):");
    reasons(chip).forEach(line -> out.println("     " + line));
    if (stamp != null) {
      out.println("   Why " + stamp.bomId() + " is flagged whatever its score:");
      stampReason(stamp).forEach(line -> out.println("     " + line));
    }
    out.println(
        "   Bills, points and pass marks are illustrative (see 'techsov localisation rules').");
    out.println(
        "   reproduce: techsov localisation score microcontroller --rules ru-719-microchips --date "
            + DATE
            + " --explain");
    out.println(
        "   reproduce: techsov localisation score laptop laptop-rebadged --rules"
            + " ru-719-radio-electronics --date "
            + DATE
            + " --explain");
  }

  static LocalisationResult score(String bill, String rules, CurrencyTable rates) {
    return LocalisationScorer.score(
        LocalisationInputs.bom(bill),
        LocalisationInputs.ruleSet(rules),
        DATE,
        new ScoringOptions(rates, true));
  }

  /** Points that count, points refused because the work is done abroad, and the next level. */
  static List<String> reasons(LocalisationResult r) {
    return r.explanation().stream()
        .filter(LocalisationChapter::tellsWhy)
        .map(LocalisationChapter::line)
        .toList();
  }

  private static boolean tellsWhy(Explanation e) {
    return switch (e.kind()) {
      case POINTS_AWARDED -> e.amount() > 0;
      case POINTS_REFUSED -> e.reason().startsWith("done in");
      case LEVEL -> e.reason().startsWith("not reached");
      default -> false;
    };
  }

  private static String line(Explanation e) {
    String points = LocalisationOutput.amount(e.amount()) + " points for " + e.subject();
    return switch (e.kind()) {
      case POINTS_AWARDED -> "awarded " + points + ": " + e.reason();
      case POINTS_REFUSED -> "refused " + points + ": " + e.reason();
      default -> e.subject() + " " + e.reason();
    };
  }

  static List<String> stampReason(LocalisationResult r) {
    return r.explanation().stream()
        .filter(e -> e.kind() == ExplanationKind.STAMP_ON_THE_BOX)
        .map(Explanation::reason)
        .toList();
  }
}
