package org.techsov.core.forecast;

import java.util.List;
import org.techsov.core.stats.Bounds;

/**
 * A candidate curve ready to fit: the curve, the bounds on its parameters and the starting points
 * to try (the best end point wins).
 */
record CurveSpec(GrowthCurve curve, Bounds bounds, List<double[]> starts) {
  CurveSpec {
    starts = List.copyOf(starts);
  }
}
