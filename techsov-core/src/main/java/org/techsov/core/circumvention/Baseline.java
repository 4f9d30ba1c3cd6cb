package org.techsov.core.circumvention;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.techsov.core.error.TechsovException;

/**
 * What the months after a sanction are compared with. The literature uses four choices: a calendar
 * year (2021, as Dor and Bruegel), a span of years (the 2017-19 average, as the EBRD), a window of
 * months just before the sanction (September 2021 to February 2022, as Klein) and the pre-war
 * median month (as Silverado).
 *
 * <p>Year baselines compare the same calendar months (March 2022 with March 2021), which removes
 * seasonality. Month windows and the median compare levels: by design they are not seasonally
 * matched, and results say so.
 */
public sealed interface Baseline {
  /** The default: the calendar year before the sanction year, same months compared. */
  String DEFAULT = "previous-year";

  /** The label shown in results, e.g. {@code 2017-2019 (same months)}. */
  String label();

  /** The calendar years {@code from..to}, each post month compared with the same month of each. */
  record Years(int from, int to) implements Baseline {
    public Years {
      if (from > to) {
        throw TechsovException.invalidArgument("baseline years " + from + "-" + to + " reversed");
      }
    }

    @Override
    public String label() {
      return (from == to ? Integer.toString(from) : from + "-" + to) + " (same months)";
    }
  }

  /** The months {@code from..to} (month indices), averaged. */
  record Window(int from, int to) implements Baseline {
    public Window {
      if (from > to) {
        throw TechsovException.invalidArgument("baseline window reversed");
      }
    }

    @Override
    public String label() {
      return Months.range(from, to) + " (average month, not seasonally matched)";
    }
  }

  /** The median month of the {@code months} months before the sanction month. */
  record PreSanctionMedian(int months) implements Baseline {
    public PreSanctionMedian {
      if (months < 3 || months > 120) {
        throw TechsovException.invalidArgument("the pre-war median needs 3..120 months");
      }
    }

    @Override
    public String label() {
      return "median month of the " + months + " months before (not seasonally matched)";
    }
  }

  /**
   * Parses {@code previous-year}, {@code YYYY}, {@code YYYY-YYYY}, {@code YYYY-MM:YYYY-MM}, {@code
   * sep2021-feb2022} or {@code pre-war-median}; the sanction month resolves {@code previous-year}.
   */
  static Baseline parse(String text, int sanctionMonth) {
    String t = text == null ? DEFAULT : text.trim().toLowerCase(Locale.ROOT);
    if (t.equals(DEFAULT)) {
      int y = Months.year(sanctionMonth) - 1;
      return new Years(y, y);
    }
    if (t.equals("pre-war-median") || t.equals("median")) {
      return new PreSanctionMedian(24);
    }
    if (t.equals("sep2021-feb2022")) {
      return new Window(Months.index(2021, 9), Months.index(2022, 2));
    }
    Matcher years = Pattern.compile("(\\d{4})(?:-(\\d{4}))?").matcher(t);
    if (years.matches()) {
      int from = Integer.parseInt(years.group(1));
      return new Years(from, years.group(2) == null ? from : Integer.parseInt(years.group(2)));
    }
    Matcher window = Pattern.compile("(\\d{4}-\\d{2})(?::|\\.\\.)(\\d{4}-\\d{2})").matcher(t);
    if (window.matches()) {
      return new Window(Months.parse(window.group(1)), Months.parse(window.group(2)));
    }
    throw TechsovException.invalidArgument(
        "unknown baseline '"
            + text
            + "' (use previous-year, 2021, 2017-2019, sep2021-feb2022, 2021-09:2022-02 or"
            + " pre-war-median)");
  }
}
