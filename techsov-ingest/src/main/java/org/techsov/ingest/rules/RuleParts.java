package org.techsov.ingest.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.techsov.core.bom.IsoCodes;
import org.techsov.core.bom.Operation;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.localisation.ComponentPoints;
import org.techsov.core.localisation.ConditionKind;
import org.techsov.core.localisation.MandatoryCondition;
import org.techsov.core.localisation.Multiplier;
import org.techsov.core.localisation.OperationPoints;
import org.techsov.core.localisation.PointsTable;
import org.techsov.core.reference.CountryCode;
import org.techsov.ingest.yaml.YamlNode;

/** Reads the parts of a rule-set version: points rows, conditions, enums, countries. */
final class RuleParts {
  private RuleParts() {}

  static PointsTable points(YamlNode v) {
    List<OperationPoints> ops = new ArrayList<>();
    for (YamlNode o : v.list("operations")) {
      o.allowOnly("operation", "points", "on_hs", "note");
      YamlNode op = o.require("operation");
      ops.add(
          new OperationPoints(
              operation(op),
              o.require("points").number(),
              o.text("on_hs", null),
              o.text("note", "")));
    }
    List<ComponentPoints> components = new ArrayList<>();
    for (YamlNode c : v.list("components")) {
      c.allowOnly("label", "hs", "points", "require", "note");
      String require = c.text("require", "all");
      if (!require.equals("all") && !require.equals("any")) {
        throw c.require("require").error("expected all or any, got '" + require + "'");
      }
      components.add(
          new ComponentPoints(
              c.require("label").text(),
              c.require("hs").text(),
              c.require("points").number(),
              require.equals("all"),
              c.text("note", "")));
    }
    List<Multiplier> multipliers = new ArrayList<>();
    for (YamlNode m : v.list("multipliers")) {
      m.allowOnly("attestation", "factor", "note");
      YamlNode factor = m.require("factor");
      if (!(factor.number() > 0)) {
        throw factor.error("must be > 0");
      }
      multipliers.add(
          new Multiplier(m.require("attestation").text(), factor.number(), m.text("note", "")));
    }
    return new PointsTable(ops, components, multipliers);
  }

  static MandatoryCondition condition(YamlNode m) {
    m.allowOnly("id", "kind", "argument", "limit", "description");
    ConditionKind kind = enumValue(m.require("kind"), ConditionKind.class);
    boolean needsArgument =
        kind == ConditionKind.OPERATION_IN_TERRITORY
            || kind == ConditionKind.ATTESTATION
            || kind == ConditionKind.DOMESTIC_COMPONENT;
    String argument = needsArgument ? m.require("argument").text() : m.text("argument", "");
    double limit =
        kind == ConditionKind.MAX_FOREIGN_MATERIAL_SHARE ? m.require("limit").number() : 0;
    return new MandatoryCondition(
        m.require("id").text(), kind, argument, limit, m.text("description", ""));
  }

  static <E extends Enum<E>> E enumValue(YamlNode n, Class<E> type) {
    String t = n.text().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return Enum.valueOf(type, t);
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT);
      throw n.error("unknown value '" + n.text() + "' (expected one of " + allowed + ")");
    }
  }

  static CountryCode country(YamlNode n) {
    String t = n.text().toUpperCase(Locale.ROOT);
    if (t.length() == 3 && t.chars().allMatch(Character::isLetter)) {
      CountryCode c = new CountryCode(t);
      if (IsoCodes.isKnownCountry(c)) {
        return c;
      }
    }
    throw n.error(
        ErrorCode.UNKNOWN_COUNTRY,
        "unknown country '" + n.text() + "' (expected an ISO 3166-1 alpha-3 code, e.g. RUS)");
  }

  private static String operation(YamlNode n) {
    try {
      return Operation.normalise(n.text());
    } catch (IllegalArgumentException e) {
      throw n.error(e.getMessage());
    }
  }
}
