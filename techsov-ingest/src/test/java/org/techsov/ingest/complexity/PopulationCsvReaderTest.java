package org.techsov.ingest.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

class PopulationCsvReaderTest {
  @TempDir Path dir;

  @Test
  void readsPopulationByYear() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("pop.csv"), "year,country,population\n2021,A,10\n2022,A,11\n2022,B,5e6\n");
    PopulationTable t = PopulationCsvReader.read(f);
    assertThat(t.forYear(2022).byCountry()).containsEntry("A", 11.0).containsEntry("B", 5e6);
    assertThat(t.forYear(2021).byCountry()).containsOnlyKeys("A");
    assertThatThrownBy(() -> t.forYear(2020))
        .isInstanceOfSatisfying(
            TechsovException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_DATA))
        .hasMessage("pop.csv has no population figures for 2020");
  }

  @Test
  void withoutAYearColumnOneTableServesEveryYear() throws IOException {
    Path f = Files.writeString(dir.resolve("pop.csv"), "country,population\nA,10\n");
    PopulationTable t = PopulationCsvReader.read(f);
    assertThat(t.forYear(1999).byCountry()).containsEntry("A", 10.0);
    assertThat(t.forYear(2022).byCountry()).containsEntry("A", 10.0);
  }

  @Test
  void badRowsAndRepeatedCountriesAreAllReported() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("pop.csv"),
            "year,country,population\n2022,A,0\n2022,B,x\n2022,C,3\n2022,C,4\n2022,,1\n");
    assertThatThrownBy(() -> PopulationCsvReader.read(f))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("pop.csv: 4 bad rows")
        .hasMessageContaining("pop.csv line 2, field population ('0'): must be > 0")
        .hasMessageContaining("pop.csv line 3, field population ('x'): not a number")
        .hasMessageContaining("pop.csv line 5: duplicate of line 4 (country C)")
        .hasMessageContaining("pop.csv line 6, field country: empty label");
  }
}
