package org.techsov.ingest.rules;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.techsov.core.localisation.Comparison;
import org.techsov.core.localisation.Level;
import org.techsov.core.localisation.MandatoryCondition;
import org.techsov.core.localisation.RuleSet;
import org.techsov.core.localisation.RuleSetVersion;
import org.techsov.core.localisation.ScoringMethod;
import org.techsov.core.localisation.StampRule;
import org.techsov.core.reference.CountryCode;
import org.techsov.ingest.yaml.YamlDocument;
import org.techsov.ingest.yaml.YamlNode;

/**
 * Reads a localisation rule set in YAML (see {@code docs/formats/rules.md}): a {@code rule_set}
 * header and a list of {@code versions}, each in force from its {@code effective_from}. Every error
 * names the file, line and field.
 */
public final class RuleSetYamlReader {
  private RuleSetYamlReader() {}

  /**
   * Reads a rule set.
   *
   * @param file the name used in messages
   */
  public static RuleSet read(Reader reader, String file) {
    YamlNode root = YamlDocument.parse(reader, file).allowOnly("rule_set", "versions");
    YamlNode head = root.require("rule_set").allowOnly("id", "title", "source");
    List<RuleSetVersion> versions = new ArrayList<>();
    for (YamlNode v : root.require("versions").elements()) {
      versions.add(version(v));
    }
    YamlNode id = head.require("id");
    try {
      return new RuleSet(id.text(), head.text("title", null), head.text("source", ""), versions);
    } catch (IllegalArgumentException e) {
      throw root.require("versions").error(e.getMessage());
    }
  }

  private static RuleSetVersion version(YamlNode v) {
    v.allowOnly(
        "effective_from",
        "effective_until",
        "method",
        "territory",
        "threshold",
        "comparison",
        "levels",
        "mandatory",
        "operations",
        "components",
        "multipliers",
        "roll_up",
        "stamp",
        "illustrative",
        "note");
    List<Level> levels = new ArrayList<>();
    for (YamlNode l : v.list("levels")) {
      l.allowOnly("name", "min", "note");
      levels.add(
          new Level(
              l.require("name").text(), Schedules.read(l.require("min")), l.text("note", "")));
    }
    List<MandatoryCondition> mandatory = new ArrayList<>();
    for (YamlNode m : v.list("mandatory")) {
      mandatory.add(RuleParts.condition(m));
    }
    ScoringMethod method = RuleParts.enumValue(v.require("method"), ScoringMethod.class);
    YamlNode threshold = v.get("threshold");
    if (threshold == null && levels.isEmpty()) {
      throw v.require("threshold").error("a version needs a threshold or levels");
    }
    try {
      return new RuleSetVersion(
          v.require("effective_from").date(),
          v.date("effective_until"),
          method,
          territory(v.require("territory")),
          threshold == null ? null : Schedules.read(threshold),
          v.has("comparison")
              ? RuleParts.enumValue(v.require("comparison"), Comparison.class)
              : null,
          levels,
          mandatory,
          RuleParts.points(v),
          v.bool("roll_up", false),
          stamp(v.get("stamp")),
          v.bool("illustrative", false),
          v.text("note", ""));
    } catch (IllegalArgumentException e) {
      throw v.require("effective_from").error(e.getMessage());
    }
  }

  private static Set<CountryCode> territory(YamlNode n) {
    Set<CountryCode> out = new LinkedHashSet<>();
    for (YamlNode c : n.elements()) {
      out.add(RuleParts.country(c));
    }
    return out;
  }

  private static StampRule stamp(YamlNode n) {
    if (n == null) {
      return StampRule.defaults();
    }
    n.allowOnly("superficial", "max_domestic_material_share");
    Set<String> ops = new LinkedHashSet<>(StampRule.defaults().superficialOperations());
    if (n.has("superficial")) {
      ops.clear();
      n.list("superficial").forEach(o -> ops.add(o.text().toLowerCase(Locale.ROOT)));
    }
    return new StampRule(
        ops,
        n.number("max_domestic_material_share", StampRule.defaults().maxDomesticMaterialShare()));
  }
}
