package org.techsov.core.programme;

import java.util.List;

/**
 * A status with its reason and the readings it rests on.
 *
 * @param status where the target or claim stands
 * @param reason the numbers behind it, in a sentence
 * @param readings the observations the verdict used
 */
record Verdict(Status status, String reason, List<Figure> readings) {
  Verdict {
    readings = List.copyOf(readings);
  }

  static Verdict of(Status status, String reason, Figure... readings) {
    return new Verdict(status, reason, List.of(readings));
  }
}
