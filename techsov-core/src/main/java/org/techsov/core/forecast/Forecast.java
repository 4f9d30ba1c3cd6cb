package org.techsov.core.forecast;

import java.util.Comparator;
import java.util.List;

/** The outcome of forecasting a series: a fitted forecast, or a refusal saying why. */
public sealed interface Forecast permits Forecast.Fitted, Forecast.Refused {
  String label();

  /**
   * A forecast.
   *
   * @param candidates every curve that could be fitted, best AICc first
   * @param fan the bootstrap fan of the chosen curve at year ends up to the horizon
   * @param outlooks one per threshold
   * @param bootstrap how the fan was drawn
   * @param notes assumptions a reader should see, e.g. a default market bound
   */
  record Fitted(
      String label,
      List<ModelFit> candidates,
      List<FanPoint> fan,
      List<ThresholdOutlook> outlooks,
      BootstrapSummary bootstrap,
      List<String> notes)
      implements Forecast {
    public Fitted {
      candidates = candidates.stream().sorted(Comparator.comparingDouble(ModelFit::aicc)).toList();
      fan = List.copyOf(fan);
      outlooks = List.copyOf(outlooks);
      notes = List.copyOf(notes);
    }

    /** The candidate with the lowest AICc, whose fan is reported. */
    public ModelFit chosen() {
      return candidates.get(0);
    }
  }

  /**
   * No forecast, honestly: too few observations or an unsuitable series.
   *
   * @param observations how many observations the series has
   * @param needed how many the simplest candidate needs
   * @param reason the message for the user, naming the series and what would make it forecastable
   */
  record Refused(String label, int observations, int needed, String reason) implements Forecast {}
}
