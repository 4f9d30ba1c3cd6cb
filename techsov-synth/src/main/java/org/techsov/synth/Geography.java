package org.techsov.synth;

import java.util.Map;

/**
 * Approximate economic size and capital location of the largest economies, to make the synthetic
 * world's gravity plausible. Sizes are rounded GDP in trillion US dollars around 2021 and
 * coordinates are rounded to whole degrees; they shape synthetic data only and are not used as
 * facts anywhere else. Other countries get a small random size and a position near their region.
 */
final class Geography {
  /** {gdp trillion USD, latitude, longitude, industrial capability 0-1}. */
  static final Map<String, double[]> KNOWN =
      Map.ofEntries(
          Map.entry("USA", new double[] {23.0, 39, -77, 0.95}),
          Map.entry("CHN", new double[] {17.7, 40, 116, 0.72}),
          Map.entry("JPN", new double[] {4.9, 36, 140, 0.95}),
          Map.entry("DEU", new double[] {4.2, 53, 13, 0.95}),
          Map.entry("IND", new double[] {3.2, 29, 77, 0.55}),
          Map.entry("GBR", new double[] {3.1, 52, 0, 0.85}),
          Map.entry("FRA", new double[] {2.9, 49, 2, 0.85}),
          Map.entry("ITA", new double[] {2.1, 42, 12, 0.8}),
          Map.entry("CAN", new double[] {2.0, 45, -76, 0.75}),
          Map.entry("KOR", new double[] {1.8, 38, 127, 0.92}),
          Map.entry("RUS", new double[] {1.8, 56, 38, 0.55}),
          Map.entry("BRA", new double[] {1.6, -16, -48, 0.5}),
          Map.entry("AUS", new double[] {1.6, -35, 149, 0.55}),
          Map.entry("ESP", new double[] {1.4, 40, -4, 0.72}),
          Map.entry("MEX", new double[] {1.3, 19, -99, 0.6}),
          Map.entry("IDN", new double[] {1.2, -6, 107, 0.45}),
          Map.entry("NLD", new double[] {1.0, 52, 5, 0.85}),
          Map.entry("SAU", new double[] {0.8, 25, 47, 0.35}),
          Map.entry("TUR", new double[] {0.8, 40, 33, 0.6}),
          Map.entry("CHE", new double[] {0.8, 47, 7, 0.92}),
          Map.entry("TWN", new double[] {0.8, 25, 122, 0.95}),
          Map.entry("POL", new double[] {0.7, 52, 21, 0.65}),
          Map.entry("SWE", new double[] {0.6, 59, 18, 0.85}),
          Map.entry("BEL", new double[] {0.6, 51, 4, 0.8}),
          Map.entry("THA", new double[] {0.5, 14, 101, 0.6}),
          Map.entry("ARE", new double[] {0.4, 24, 54, 0.4}),
          Map.entry("SGP", new double[] {0.4, 1, 104, 0.85}),
          Map.entry("MYS", new double[] {0.4, 3, 102, 0.7}),
          Map.entry("VNM", new double[] {0.4, 21, 106, 0.6}),
          Map.entry("HKG", new double[] {0.37, 22, 114, 0.6}),
          Map.entry("ISR", new double[] {0.5, 32, 35, 0.85}),
          Map.entry("AUT", new double[] {0.48, 48, 16, 0.82}),
          Map.entry("NOR", new double[] {0.48, 60, 11, 0.6}),
          Map.entry("CZE", new double[] {0.28, 50, 14, 0.75}),
          Map.entry("FIN", new double[] {0.3, 60, 25, 0.82}),
          Map.entry("KAZ", new double[] {0.2, 51, 71, 0.3}),
          Map.entry("UZB", new double[] {0.07, 41, 69, 0.25}),
          Map.entry("BLR", new double[] {0.07, 54, 28, 0.4}),
          Map.entry("ARM", new double[] {0.014, 40, 45, 0.3}),
          Map.entry("GEO", new double[] {0.019, 42, 45, 0.25}),
          Map.entry("KGZ", new double[] {0.009, 43, 75, 0.2}),
          Map.entry("UKR", new double[] {0.2, 50, 31, 0.45}));

  /** Region centroids {latitude, longitude} for countries without a known position. */
  static final Map<String, double[]> REGIONS =
      Map.of(
          "Europe", new double[] {50, 15},
          "Asia", new double[] {25, 90},
          "Americas", new double[] {5, -70},
          "Africa", new double[] {2, 20},
          "Oceania", new double[] {-15, 160},
          "Antarctica", new double[] {-75, 0});

  private Geography() {}

  /** Great-circle distance in thousands of kilometres, at least 0.3 (neighbours still trade). */
  static double distance(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    double km = 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    return Math.max(0.3, km / 1000);
  }
}
