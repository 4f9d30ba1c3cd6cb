package org.techsov.core.complexity;

import java.util.Map;

/**
 * Population of each country in the year of an {@link ExportMatrix}, for the RPOP presence test
 * (exports per person relative to the world's). Countries of the matrix that are missing here, or
 * whose population is not positive, are an error when RPOP is used.
 *
 * @param byCountry persons, by the country labels of the export matrix
 */
public record Population(Map<String, Double> byCountry) {
  public Population {
    byCountry = Map.copyOf(byCountry);
  }
}
