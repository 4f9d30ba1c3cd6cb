package org.techsov.synth;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.techsov.core.spi.ProgressListener;

/**
 * Writes the monthly extract of a world in the UN Comtrade layout ({@code
 * freqCode,refYear,refMonth,period,reporterISO,flowCode,partnerISO,classificationCode,cmdCode,netWgt,primaryValue}),
 * each flow twice: as the exporter reports it (FOB) and as the importer reports it (CIF, 6-14%
 * above, with its own noise). Transit hubs under-report their imports of sanctioned goods from the
 * coalition after the shock (ghost trade), and the target stops reporting the month after the shock
 * month. Shipment records of the target's chip imports add up to the exporters' reports.
 */
final class MonthlyWriter {
  static final String HEADER =
      "freqCode,refYear,refMonth,period,reporterISO,flowCode,partnerISO,classificationCode,cmdCode,netWgt,primaryValue\n";
  private static final int BATCH = 16;

  private final World world;
  private final WorldSpec spec;
  private final LinkGenerator links;
  private final MonthlyOptions options;
  private final ShipmentMaker shipments;

  MonthlyWriter(World world, WorldSpec spec, LinkGenerator links, MonthlyOptions options) {
    this.world = world;
    this.spec = spec;
    this.links = links;
    this.options = options;
    this.shipments = new ShipmentMaker(world, spec);
    if (options.fromYear() < spec.fromYear() || options.toYear() > spec.toYear()) {
      throw new IllegalArgumentException(
          "monthly years " + options.fromYear() + ".." + options.toYear() + " outside the world's");
    }
  }

  /** One exporter's rows, per year, and its shipment records. */
  private record Rows(byte[][] flows, byte[] shipments, long flowRows, long shipmentRows) {}

  GeneratedMonthly write(Path dir, ProgressListener progress) {
    int years = options.toYear() - options.fromYear() + 1;
    List<Path> files = new ArrayList<>();
    OutputStream[] out = new OutputStream[years];
    Path shipFile = dir.resolve("shipments_V" + spec.seed() + ".csv.gz");
    long flowRows = 0;
    long shipRows = 0;
    try {
      Files.createDirectories(dir);
      for (int y = 0; y < years; y++) {
        Path p =
            dir.resolve("COMTRADE_M_" + (options.fromYear() + y) + "_V" + spec.seed() + ".csv.gz");
        files.add(p);
        out[y] = gzip(p);
        out[y].write(HEADER.getBytes(StandardCharsets.US_ASCII));
      }
      try (OutputStream ship =
          options.shipments() ? gzip(shipFile) : OutputStream.nullOutputStream()) {
        ship.write(ShipmentMaker.HEADER.getBytes(StandardCharsets.US_ASCII));
        int n = world.size();
        for (int from = 0; from < n; from += BATCH) {
          int to = Math.min(n, from + BATCH);
          List<Rows> batch = IntStream.range(from, to).parallel().mapToObj(this::exporter).toList();
          for (Rows r : batch) {
            for (int y = 0; y < years; y++) {
              out[y].write(r.flows()[y]);
            }
            ship.write(r.shipments());
            flowRows += r.flowRows();
            shipRows += r.shipmentRows();
          }
          progress.update("monthly", to, n);
        }
      }
      for (OutputStream o : out) {
        o.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the monthly extract to " + dir, e);
    }
    return new GeneratedMonthly(
        files, options.shipments() ? Optional.of(shipFile) : Optional.empty(), flowRows, shipRows);
  }

  private static OutputStream gzip(Path p) throws IOException {
    return new GZIPOutputStream(
        new BufferedOutputStream(Files.newOutputStream(p), 1 << 20), 1 << 16);
  }

  private Rows exporter(int i) {
    int years = options.toYear() - options.fromYear() + 1;
    ByteArrayOutputStream[] flows = new ByteArrayOutputStream[years];
    for (int y = 0; y < years; y++) {
      flows[y] = new ByteArrayOutputStream(1 << 12);
    }
    ByteArrayOutputStream ship = new ByteArrayOutputStream(1 << 10);
    long[] counts = new long[2];
    if (i != world.target) {
      for (Link l : links.links(i)) {
        int j = l.importer();
        boolean toTarget = j == world.target;
        boolean fromCoalition = world.coalition[i] && !world.coalition[j];
        int product = world.products[l.product()];
        if ((toTarget || fromCoalition) && options.chapters().contains(product / 10000)) {
          for (int y = 0; y < years; y++) {
            link(i, l, y, flows[y], ship, counts);
          }
        }
      }
    }
    byte[][] bytes = new byte[years][];
    for (int y = 0; y < years; y++) {
      bytes[y] = flows[y].toByteArray();
    }
    return new Rows(bytes, ship.toByteArray(), counts[0], counts[1]);
  }

  private void link(
      int i, Link l, int yo, ByteArrayOutputStream out, ByteArrayOutputStream ship, long[] counts) {
    int year = options.fromYear() + yo;
    int y = year - spec.fromYear();
    int j = l.importer();
    int k = l.product();
    SplittableRandom r =
        new SplittableRandom(
            spec.seed() * 0x2545F4914F6CDD1DL + (((long) i * 1009 + j) * 100_003 + k) * 131 + y);
    double[] months = MonthlySplit.split(world, spec, l, i, y, r);
    double cif = 1.06 + 0.08 * new SplittableRandom(((long) i << 20) ^ j).nextDouble();
    boolean ghostRoute = world.hub[j] && world.coalition[i] && world.sanctioned[k] && spec.shock();
    String exporter = world.countries.get(i).code().alpha3();
    String importer = world.countries.get(j).code().alpha3();
    int product = world.products[k];
    for (int m = 1; m <= 12; m++) {
      double v = months[m - 1];
      if (v < 0.5) {
        continue;
      }
      double kg = Double.isNaN(l.unitValue()) ? Double.NaN : 1000 * v / l.unitValue();
      row(out, year, m, exporter, "X", importer, product, kg, v);
      counts[0]++;
      double e = MonthlySplit.exposure(spec, year, m);
      double ghost = ghostRoute ? options.ghostShare() * e : 0;
      double reported = v * cif * (1 - ghost) * Math.exp(0.05 * r.nextGaussian());
      if (reports(j, year, m) && reported >= 0.5) {
        row(out, year, m, importer, "M", exporter, product, kg, reported);
        counts[0]++;
      }
      if (options.shipments() && j == world.target && shipments.covers(k)) {
        counts[1] += shipments.write(ship, i, k, year, m, v, r);
      }
    }
  }

  /** The target stops reporting its trade from the month after the shock month. */
  private boolean reports(int reporter, int year, int month) {
    if (reporter != world.target || !spec.shock()) {
      return true;
    }
    var shock = spec.shockDate();
    return year * 12 + month <= shock.getYear() * 12 + shock.getMonthValue() + 1;
  }

  private static void row(
      ByteArrayOutputStream out,
      int year,
      int month,
      String reporter,
      String flow,
      String partner,
      int product,
      double kg,
      double value) {
    StringBuilder sb = new StringBuilder(80);
    sb.append("M,").append(year).append(',').append(month).append(',').append(year);
    sb.append(month < 10 ? "0" : "").append(month).append(',').append(reporter).append(',');
    sb.append(flow).append(',').append(partner).append(",H6,");
    String code = Integer.toString(product);
    sb.append("000000", 0, 6 - code.length()).append(code).append(',');
    if (!Double.isNaN(kg)) {
      fixed(sb, kg, 3);
    }
    sb.append(',');
    fixed(sb, value, 2);
    sb.append('\n');
    out.writeBytes(sb.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /** A non-negative number with a fixed number of decimals, never in exponent form. */
  static void fixed(StringBuilder sb, double v, int decimals) {
    long scale = decimals == 2 ? 100 : 1000;
    long units = Math.round(v * scale);
    sb.append(units / scale).append('.');
    String frac = Long.toString(units % scale);
    sb.append("000", 0, decimals - frac.length()).append(frac);
  }
}
