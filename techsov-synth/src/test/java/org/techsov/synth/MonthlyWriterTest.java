package org.techsov.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.reference.ReferenceDataLoader;

class MonthlyWriterTest {
  private static final ReferenceData REF = ReferenceDataLoader.builtIn();
  private static final WorldSpec SPEC =
      WorldSpec.demo().withYears(2021, 2022).withRows(20_000).withProducts(400);
  @TempDir static Path dir;
  static GeneratedWorld yearly;
  static GeneratedMonthly monthly;

  @BeforeAll
  static void generate() {
    WorldGenerator g = new WorldGenerator(REF, SPEC);
    yearly = g.write(dir.resolve("baci"), WriteOptions.plain(), ProgressListener.NONE);
    monthly =
        g.writeMonthly(
            dir.resolve("monthly"),
            new MonthlyOptions(2021, 2022, Set.of(84, 85, 88, 90), true, 0.4),
            ProgressListener.NONE);
  }

  static List<String> lines(Path gz) throws IOException {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  @Test
  void theYearlyFilesStayByteForByteWhatTheyWereBeforeMonthlyOutputExisted() throws Exception {
    WorldSpec spec = WorldSpec.demo().withYears(2020, 2023).withRows(20_000).withProducts(400);
    GeneratedWorld w =
        new WorldGenerator(REF, spec)
            .write(dir.resolve("golden"), WriteOptions.plain(), ProgressListener.NONE);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (Path p : w.flowFiles()) {
      md.update(Files.readAllBytes(p));
    }
    // the digest of this spec's four yearly files as written before monthly output was added
    assertThat(HexFormat.of().formatHex(md.digest()))
        .isEqualTo("4454dcd0e2fa4038d5f7f5dafe2db519243df5070953c6d812d0f75217c8d280");
  }

  @Test
  void theExportersMonthlyReportsAddUpToTheYearlyFlows() throws IOException {
    Map<String, Double> byYear = new HashMap<>();
    for (Path f : monthly.flowFiles()) {
      for (String line : lines(f).subList(1, lines(f).size())) {
        String[] x = line.split(",");
        if (x[5].equals("X")) {
          byYear.merge(
              x[1] + "," + x[4] + "," + x[6] + "," + x[8], Double.parseDouble(x[10]), Double::sum);
        }
      }
    }
    Map<Integer, String> iso = new HashMap<>();
    REF.countries().all().forEach(c -> iso.put(c.baciCode(), c.code().alpha3()));
    int checked = 0;
    List<String> baci = Files.readAllLines(yearly.flowFiles().get(1));
    for (String line : baci.subList(1, baci.size())) {
      String[] x = line.split(",");
      String key =
          x[0]
              + ","
              + iso.get(Integer.valueOf(x[1]))
              + ","
              + iso.get(Integer.valueOf(x[2]))
              + ","
              + x[3];
      Double m = byYear.get(key);
      if (m != null && Double.parseDouble(x[4]) > 10) {
        // BACI writes thousands with three decimals; months are rounded to cents
        assertThat(m / 1000).as(key).isCloseTo(Double.parseDouble(x[4]), within(0.01 + 1e-6 * m));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void shipmentRecordsAddUpToTheDispatchersReportedExports() throws IOException {
    Map<String, Double> shipped = new HashMap<>();
    List<String> rows = lines(monthly.shipments().orElseThrow());
    assertThat(rows.get(0)).startsWith("date,hs_code,description,origin,dispatch,destination");
    for (String line : rows.subList(1, rows.size())) {
      String[] x = line.split(",");
      shipped.merge(
          x[0].substring(0, 7) + "," + x[4] + "," + x[1].substring(0, 6),
          Double.parseDouble(x[10]),
          Double::sum);
    }
    Map<String, Double> reported = new HashMap<>();
    for (Path f : monthly.flowFiles()) {
      for (String line : lines(f)) {
        String[] x = line.split(",");
        if (x[5].equals("X") && x[6].equals("RUS") && x[8].matches("854[12]\\d\\d")) {
          String month = x[1] + "-" + (x[2].length() == 1 ? "0" : "") + x[2];
          reported.put(month + "," + x[4] + "," + x[8], Double.parseDouble(x[10]));
        }
      }
    }
    assertThat(shipped).isNotEmpty();
    shipped.forEach((k, v) -> assertThat(v).as(k).isCloseTo(reported.get(k), within(0.011)));
  }

  @Test
  void theTargetStopsReportingTheMonthAfterTheShockMonth() throws IOException {
    long after = 0;
    long before = 0;
    for (String line : lines(monthly.flowFiles().get(1))) {
      String[] x = line.split(",");
      if (x[4].equals("RUS") && x[5].equals("M")) {
        if (Integer.parseInt(x[2]) > 3) {
          after++;
        } else {
          before++;
        }
      }
    }
    assertThat(before).isPositive();
    assertThat(after).isZero();
  }

  @Test
  void monthsFollowASeasonalProfileWithAnAugustDip() {
    double march = 0;
    double august = 0;
    for (int product = 840000; product < 860000; product += 137) {
      march += MonthlySplit.seasonal(product, 3);
      august += MonthlySplit.seasonal(product, 8);
    }
    assertThat(august / march).isCloseTo(0.85 / 1.05, within(0.03));
    assertThat(MonthlySplit.exposure(SPEC, 2022, 1)).isZero();
    assertThat(MonthlySplit.exposure(SPEC, 2022, 2)).isCloseTo(5.0 / 28, within(1e-12));
    assertThat(MonthlySplit.exposure(SPEC, 2022, 3)).isEqualTo(1.0);
  }
}
