package org.techsov.cli.support;

import org.techsov.core.localisation.LocalisationResult;
import org.techsov.core.localisation.RuleSet;

/**
 * One bill scored under one rule set, with what the report shows beside the result.
 *
 * @param result the scorer's result
 * @param ruleSetTitle the rule set's title
 * @param note the applied version's sources and caveats, shown with every result
 */
public record ScoredBill(LocalisationResult result, String ruleSetTitle, String note) {
  public static ScoredBill of(LocalisationResult result, RuleSet rules) {
    return new ScoredBill(result, rules.title(), rules.versionAt(result.date()).note());
  }
}
