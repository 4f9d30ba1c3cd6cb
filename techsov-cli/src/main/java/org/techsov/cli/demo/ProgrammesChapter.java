package org.techsov.cli.demo;

import java.io.PrintWriter;
import java.util.List;
import org.techsov.cli.support.ForecastOutput;
import org.techsov.cli.support.TextTable;
import org.techsov.core.forecast.ForecastOptions;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Programme;
import org.techsov.core.programme.ProgrammeForecast;
import org.techsov.core.programme.ProgrammeForecaster;
import org.techsov.core.programme.Series;

/**
 * Chapter "Programmes": the Mir card's share with its forecast fan against the Bank of Russia's
 * target and Binbank's claim, and the Max messenger's audience against WhatsApp's, from the
 * built-in catalogue the demo loads into its store.
 */
public final class ProgrammesChapter implements DemoChapter {
  @Override
  public int number() {
    return 6;
  }

  /** The fan runs to the end of this year. */
  static final int HORIZON = 2026;

  /** Binbank's 2017 claim: Mir's share of cards would exceed 40% within three years. */
  static final double BINBANK_LEVEL = 40;

  /** WhatsApp's monthly audience in Russia, late 2025 (Mediascope), in mn users. */
  static final double WHATSAPP_MONTHLY = 96;

  @Override
  public String title() {
    return "Programmes: the Mir card's share against its target, Max's audience against WhatsApp's";
  }

  @Override
  public void run(DemoContext c) {
    PrintWriter out = c.out();
    Catalogue catalogue = c.store().catalogue().load();
    Programme mir = catalogue.programme("mir-cards");
    Series cardShare = mir.series("card-share").orElseThrow();
    out.println("   Mir's share of payment cards issued in Russia, each reading with its source:");
    readings(out, cardShare);
    Series payments = mir.series("payments-share").orElseThrow();
    payments
        .targets()
        .forEach(
            t ->
                out.println(
                    "   Target ("
                        + t.setBy()
                        + ", source "
                        + t.figure().citation().source()
                        + "): "
                        + t.description()
                        + "; Mir's share of card payments reached "
                        + payments.observations().get(payments.observations().size() - 1).quantity()
                        + " in "
                        + payments.observations().get(payments.observations().size() - 1).asOf()
                        + "."));
    out.println(
        "   Forecast of the card share to "
            + HORIZON
            + ", with Binbank's 2017 claim of more than 40% by mid-2020 as a level:");
    print(out, ProgrammeForecaster.forecast(mir, "card-share", options(), BINBANK_LEVEL));
    out.println(
        "   reproduce: techsov forecast mir-cards --target "
            + HORIZON
            + " --level 40 --db "
            + c.database());
    out.println();

    Programme max = catalogue.programme("max-messenger");
    out.println(
        "   The national messenger Max against WhatsApp (Mediascope, late 2025), mn users:");
    TextTable t = new TextTable("audience", "Max", "WhatsApp", "source");
    t.row(
        "monthly",
        latest(max, "monthly-audience"),
        latest(max, "whatsapp-monthly-audience"),
        source(max, "whatsapp-monthly-audience"));
    t.row(
        "daily",
        value(max, "daily-audience", "max-dau-2025"),
        latest(max, "whatsapp-daily-audience"),
        source(max, "whatsapp-daily-audience"));
    indent(out, t);
    out.println(
        "   Max's registered users (company figures) forecast to "
            + HORIZON
            + ", against WhatsApp's "
            + (int) WHATSAPP_MONTHLY
            + " mn monthly users:");
    print(out, ProgrammeForecaster.forecast(max, "registered-users", options(), WHATSAPP_MONTHLY));
    out.println("   The Mediascope monthly audience itself is too short a series to forecast:");
    print(out, ProgrammeForecaster.forecast(max, "monthly-audience", options()));
    out.println(
        "   reproduce: techsov forecast max-messenger --series registered-users --target "
            + HORIZON
            + " --level 96 --db "
            + c.database());
  }

  static ForecastOptions options() {
    return ForecastOptions.toYear(HORIZON);
  }

  private static void readings(PrintWriter out, Series s) {
    TextTable t = new TextTable("date", "share", "source");
    for (Figure f : s.observations()) {
      t.row(f.asOf(), f.quantity(), f.citation().source());
    }
    indent(out, t);
  }

  private static void print(PrintWriter out, ProgrammeForecast pf) {
    for (String line : ForecastOutput.table(pf).split("\n")) {
      out.println(line.isEmpty() ? "" : "   " + line);
    }
  }

  private static void indent(PrintWriter out, TextTable t) {
    java.io.StringWriter sw = new java.io.StringWriter();
    t.print(new PrintWriter(sw));
    for (String line : sw.toString().split("\n")) {
      out.println("   " + line);
    }
  }

  private static String latest(Programme p, String series) {
    List<Figure> obs = p.series(series).orElseThrow().observations();
    return obs.get(obs.size() - 1).quantity().toString();
  }

  private static String value(Programme p, String series, String figureId) {
    return p.series(series).orElseThrow().observations().stream()
        .filter(f -> figureId.equals(f.id()))
        .findFirst()
        .map(f -> f.quantity().toString())
        .orElse("");
  }

  private static String source(Programme p, String series) {
    List<Figure> obs = p.series(series).orElseThrow().observations();
    return obs.get(obs.size() - 1).citation().source();
  }
}
