package org.techsov.ingest.rules;

import java.util.ArrayList;
import java.util.List;
import org.techsov.core.localisation.Schedule;
import org.techsov.ingest.yaml.YamlNode;

/** A threshold written as a number, or as a list of {@code {from: date, value: number}}. */
final class Schedules {
  private Schedules() {}

  static Schedule read(YamlNode n) {
    if (n.kind() == YamlNode.Kind.SCALAR) {
      return Schedule.constant(n.number());
    }
    List<Schedule.Step> steps = new ArrayList<>();
    for (YamlNode s : n.elements()) {
      s.allowOnly("from", "value", "note");
      steps.add(new Schedule.Step(s.require("from").date(), s.require("value").number()));
    }
    try {
      return new Schedule(steps);
    } catch (IllegalArgumentException e) {
      throw n.error(e.getMessage());
    }
  }
}
