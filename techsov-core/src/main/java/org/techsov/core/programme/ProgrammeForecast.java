package org.techsov.core.programme;

import java.util.List;
import org.techsov.core.forecast.Forecast;

/**
 * The forecast of one programme series.
 *
 * @param programme the programme
 * @param series the series forecast
 * @param forecast the fitted forecast (fan in the series' unit, one outlook per target) or the
 *     refusal
 * @param notes targets left out of the forecast and why
 */
public record ProgrammeForecast(
    Programme programme, Series series, Forecast forecast, List<String> notes) {
  public ProgrammeForecast {
    notes = List.copyOf(notes);
  }

  /** {@code programme/series}, the label used in messages. */
  public String label() {
    return programme.id() + "/" + series.id();
  }
}
