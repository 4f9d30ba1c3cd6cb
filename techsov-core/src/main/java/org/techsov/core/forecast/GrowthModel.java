package org.techsov.core.forecast;

/** The families of adoption curves the forecaster fits and compares. */
public enum GrowthModel {
  /** Bass (1969): innovation p and imitation q from a known launch date. */
  BASS("Bass"),
  /** Logistic; for shares with a ceiling of 100% this is Fisher-Pry substitution. */
  LOGISTIC("logistic"),
  /** Gompertz: asymmetric, with an early inflection. */
  GOMPERTZ("Gompertz");

  private final String label;

  GrowthModel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
