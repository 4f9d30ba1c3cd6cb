package org.techsov.bench.localisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.techsov.core.embargo.EmbargoScenario;
import org.techsov.core.reference.CountryCode;

/** Seeded embargo scenarios: each cuts one to eight of the generator's countries. */
public final class Scenarios {
  private Scenarios() {}

  public static List<EmbargoScenario> generate(long seed, int count) {
    Random rnd = new Random(seed);
    List<EmbargoScenario> out = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      Set<CountryCode> cut = new HashSet<>();
      for (int k = 1 + rnd.nextInt(8); k > 0; k--) {
        String[] all = SupplyGraphGenerator.COUNTRIES;
        cut.add(CountryCode.of(all[rnd.nextInt(all.length)]));
      }
      out.add(new EmbargoScenario("scenario-" + s, cut, Set.of(), null));
    }
    return out;
  }

  /** The single-country cut used by the one-scenario benchmark. */
  public static EmbargoScenario taiwan() {
    return EmbargoScenario.countries("TWN", Set.of(CountryCode.of("TWN")));
  }
}
