package org.techsov.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.core.spi.ProgressListener;
import org.techsov.ingest.reference.ReferenceDataLoader;

class WorldGeneratorTest {
  private static final ReferenceData REF = ReferenceDataLoader.builtIn();
  @TempDir Path dir;

  private GeneratedWorld write(String name, WorldSpec spec, WriteOptions o) {
    return new WorldGenerator(REF, spec).write(dir.resolve(name), o, ProgressListener.NONE);
  }

  private static WorldSpec small() {
    return WorldSpec.demo().withYears(2020, 2023).withRows(20_000).withProducts(400);
  }

  @Test
  void theSameSpecWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
    GeneratedWorld a = write("a", small(), WriteOptions.plain());
    GeneratedWorld b = write("b", small(), WriteOptions.plain());
    GeneratedWorld c = write("c", small().withSeed(99), WriteOptions.plain());
    for (int i = 0; i < a.flowFiles().size(); i++) {
      assertThat(Files.mismatch(a.flowFiles().get(i), b.flowFiles().get(i))).isEqualTo(-1L);
      assertThat(Files.mismatch(a.flowFiles().get(i), c.flowFiles().get(i))).isNotEqualTo(-1L);
    }
  }

  @Test
  void writesAboutTheRequestedNumberOfRowsPerYearInBaciLayout() throws IOException {
    GeneratedWorld w = write("rows", small(), WriteOptions.plain());
    assertThat(w.flowFiles()).hasSize(4);
    assertThat(w.goodRows() / 4.0).isBetween(15_000.0, 22_000.0);
    List<String> lines = Files.readAllLines(w.flowFiles().get(0));
    assertThat(lines.get(0)).isEqualTo("t,i,j,k,v,q");
    assertThat(lines.get(1)).matches("2020,\\d+,\\d+,\\d{6},\\d+\\.\\d{3},(\\d+\\.\\d{3}|NA)");
    assertThat(Files.readAllLines(w.productCodes())).hasSize(401);
  }

  @Test
  void rowsAreSortedByExporterImporterAndProduct() throws IOException {
    GeneratedWorld w = write("sorted", small(), WriteOptions.plain());
    long[] prev = {0, 0, 0};
    for (String line : Files.readAllLines(w.flowFiles().get(1)).subList(1, 1000)) {
      String[] f = line.split(",");
      long[] key = {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])};
      assertThat(java.util.Arrays.compare(prev, key)).isNegative();
      prev = key;
    }
  }

  @Test
  void theSingleFileHoldsEveryYearInOrder() throws IOException {
    GeneratedWorld w = write("single", small(), new WriteOptions(true, true, Corruption.none()));
    assertThat(w.flowFiles())
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).endsWith("_Y2020-2023_V20220224.csv.gz"));
  }

  @Test
  void damageIsLoggedWithItsLine() throws IOException {
    GeneratedWorld w =
        write("bad", small(), new WriteOptions(false, false, new Corruption(0.02, 3)));
    assertThat(w.damaged()).isNotEmpty();
    Corruption.Line first =
        w.damaged().stream()
            .filter(d -> d.kind() == Corruption.Kind.NEGATIVE_VALUE)
            .findFirst()
            .orElseThrow();
    Path file =
        w.flowFiles().stream()
            .filter(p -> p.getFileName().toString().equals(first.file()))
            .findFirst()
            .orElseThrow();
    String line = Files.readAllLines(file).get((int) first.line() - 1);
    assertThat(line.split(",")[4]).startsWith("-");
  }

  @Test
  void shockExposureIsProRataInTheYearOfTheShock() {
    WorldSpec s = WorldSpec.demo();
    assertThat(s.shockExposure(2021)).isZero();
    assertThat(s.shockExposure(2022))
        .isCloseTo(311.0 / 365, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(s.shockExposure(2023)).isEqualTo(1.0);
    assertThat(s.withoutShock().shockExposure(2023)).isZero();
  }

  @Test
  void specsOutsideTheirRangesAreRefused() {
    assertThatThrownBy(
            () ->
                new WorldSpec(
                    1,
                    2020,
                    2019,
                    10_000,
                    500,
                    new CountryCode("RUS"),
                    LocalDate.of(2022, 2, 24),
                    0.9,
                    true))
        .hasMessageContaining("years");
    assertThatThrownBy(() -> WorldSpec.demo().withRows(10)).hasMessageContaining("rows per year");
    assertThatThrownBy(() -> new Corruption(0.7, 1)).hasMessageContaining("corruption rate");
  }
}
