package org.techsov.core.forecast;

/** The scale on which residuals are measured: the level itself, or the log-odds of a share. */
enum FitScale {
  LEVEL {
    @Override
    double forward(double value, double ceiling) {
      return value;
    }

    @Override
    double backward(double scaled, double ceiling) {
      return scaled;
    }
  },
  LOGIT {
    @Override
    double forward(double value, double ceiling) {
      // shares of exactly 0 or 1 have infinite log-odds; keep them a hair inside
      double s = Math.max(1e-9, Math.min(1 - 1e-9, value / ceiling));
      return Math.log(s / (1 - s));
    }

    @Override
    double backward(double scaled, double ceiling) {
      return ceiling / (1 + Math.exp(-scaled));
    }
  };

  abstract double forward(double value, double ceiling);

  abstract double backward(double scaled, double ceiling);
}
