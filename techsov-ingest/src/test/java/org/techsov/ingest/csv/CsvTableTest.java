package org.techsov.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  private static CsvTable table(String text) {
    return CsvTable.read("t.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void skipsCommentsAndMatchesHeadersWhateverTheirCase() {
    CsvTable t = table("# a comment\nCode,Name\nRUS,Russia\n");
    assertThat(t.rows()).hasSize(1);
    assertThat(t.get(t.rows().get(0), "code")).isEqualTo("RUS");
  }

  @Test
  void errorsNameFileLineFieldAndValue() {
    CsvTable t = table("code,key\nRUS,abc\n");
    assertThatThrownBy(() -> t.getInt(t.rows().get(0), "key"))
        .hasMessage("t.csv line 2, field key ('abc'): not an integer");
    assertThatThrownBy(() -> t.requireOneOf("iso3", "country_iso3"))
        .hasMessageContaining("t.csv line 1: missing column iso3 or country_iso3");
  }

  @Test
  void refusesAnEmptyTable() {
    assertThatThrownBy(() -> table("")).hasMessageContaining("t.csv: the file is empty");
  }
}
