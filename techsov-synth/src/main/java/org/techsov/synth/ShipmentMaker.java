package org.techsov.synth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Breaks the target's monthly imports of chips (HS 8541, 8542) from each dispatch country into
 * customs records that add up to the exporter's reported value: each record has a date, a 10-digit
 * code, the countries of origin, dispatch and destination, consignor and consignee, manufacturer
 * and brand, value and pieces. Coalition brands keep arriving after the shock, made in Asia and
 * dispatched through China and the transit hubs (the "origin is not dispatch" signature).
 */
final class ShipmentMaker {
  static final String HEADER =
      "date,hs_code,description,origin,dispatch,destination,exporter,importer,manufacturer,brand,value,currency,quantity,quantity_unit\n";

  /** Brands by the country of their owner's headquarters (as in the packaged brand list). */
  private static final Map<String, List<String>> BRANDS =
      Map.of(
          "USA",
              List.of("Intel", "AMD", "Texas Instruments", "Analog Devices", "Microchip", "Xilinx"),
          "DEU", List.of("Infineon"),
          "NLD", List.of("NXP"),
          "CHE", List.of("STMicroelectronics"),
          "JPN", List.of("Renesas", "Toshiba"),
          "KOR", List.of("Samsung", "SK Hynix"),
          "TWN", List.of("MediaTek", "Realtek"),
          "CHN", List.of("GigaDevice", "Loongson", "HiSilicon"));

  private static final List<String> COALITION_BRANDS =
      List.of("USA", "USA", "USA", "DEU", "NLD", "CHE", "JPN", "KOR");
  private static final List<String> FABS = List.of("TWN", "MYS", "PHL", "CHN", "VNM");

  private final World world;
  private final WorldSpec spec;

  ShipmentMaker(World world, WorldSpec spec) {
    this.world = world;
    this.spec = spec;
  }

  /** Chips: HS headings 8541 and 8542. */
  boolean covers(int productIndex) {
    int heading = world.products[productIndex] / 100;
    return heading == 8541 || heading == 8542;
  }

  /** Writes the records of one dispatch country, product and month; returns how many. */
  int write(
      ByteArrayOutputStream out,
      int dispatch,
      int k,
      int year,
      int month,
      double value,
      SplittableRandom r) {
    if (value < 1000) {
      return 0;
    }
    int n = (int) Math.max(1, Math.min(12, Math.round(value / 60_000.0)));
    double[] w = new double[n];
    double total = 0;
    for (int s = 0; s < n; s++) {
      w[s] = Math.exp(0.8 * r.nextGaussian());
      total += w[s];
    }
    long cents = Math.round(value * 100);
    long left = cents;
    for (int s = 0; s < n; s++) {
      long part = s == n - 1 ? left : Math.round(cents * w[s] / total);
      part = Math.min(part, left);
      left -= part;
      record(out, dispatch, k, year, month, part, r);
    }
    return n;
  }

  private void record(
      ByteArrayOutputStream out,
      int dispatch,
      int k,
      int year,
      int month,
      long cents,
      SplittableRandom r) {
    String from = world.countries.get(dispatch).code().alpha3();
    double e = MonthlySplit.exposure(spec, year, month);
    String brandHq = brandCountry(dispatch, from, e, r);
    List<String> names = BRANDS.get(brandHq);
    String brand = names.get(r.nextInt(names.size()));
    String origin = origin(brandHq, r);
    int day = 1 + r.nextInt(LocalDate.of(year, month, 1).lengthOfMonth());
    int product = world.products[k];
    String code = String.format(java.util.Locale.ROOT, "%06d0000", product);
    String what =
        product / 100 == 8542 ? "Electronic integrated circuits" : "Semiconductor devices";
    long pieces = Math.max(1, Math.round(cents / 100.0 / Math.exp(1.5 + r.nextGaussian())));
    StringBuilder sb = new StringBuilder(200);
    sb.append(LocalDate.of(year, month, day)).append(',').append(code).append(',').append(what);
    sb.append(',').append(origin).append(',').append(from).append(',');
    sb.append(world.countries.get(world.target).code().alpha3()).append(',');
    sb.append(from).append(" Components Trading ").append(1 + r.nextInt(25)).append(" LLC,");
    sb.append("OOO Komponent ").append(1 + r.nextInt(40)).append(',');
    sb.append(brand).append(',').append(brand).append(',');
    sb.append(cents / 100).append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100);
    sb.append(",USD,").append(pieces).append(",pcs\n");
    out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Whose brand: the coalition's own, or after the shock more often via hubs, or Chinese. */
  private String brandCountry(int dispatch, String from, double e, SplittableRandom r) {
    if (world.coalition[dispatch]) {
      return BRANDS.containsKey(from)
          ? from
          : COALITION_BRANDS.get(r.nextInt(COALITION_BRANDS.size()));
    }
    double western = world.hub[dispatch] ? 0.4 + 0.3 * e : world.china[dispatch] ? 0.35 : 0.5;
    return r.nextDouble() < western
        ? COALITION_BRANDS.get(r.nextInt(COALITION_BRANDS.size()))
        : "CHN";
  }

  /** Where it was made: Chinese brands in China; others at home or in Asian fabs. */
  private static String origin(String brandHq, SplittableRandom r) {
    if (brandHq.equals("CHN")) {
      return "CHN";
    }
    return r.nextDouble() < 0.3 ? brandHq : FABS.get(r.nextInt(FABS.size()));
  }
}
