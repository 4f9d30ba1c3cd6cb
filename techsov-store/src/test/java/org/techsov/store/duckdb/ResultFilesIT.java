package org.techsov.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesIT {
  @TempDir Path dir;

  private static ResultTable table() {
    double[] eci = {1.25, Double.NaN, -0.5};
    return new ResultTable("countries", 3)
        .whole("year", r -> 2022)
        .text("country", r -> new String[] {"RUS", "CHN", "it's"}[(int) r])
        .decimal("eci", r -> eci[(int) r]);
  }

  @Test
  void parquetKeepsRowOrderTypesAndWritesNanAsNull() throws Exception {
    Path file = dir.resolve("t.parquet");
    assertThat(ResultFiles.write(table(), ResultFiles.Format.PARQUET, file)).isEqualTo(3);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT year, country, eci, typeof(year), typeof(eci) FROM read_parquet('"
                    + file.toString().replace("'", "''")
                    + "')")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(2022);
      assertThat(rs.getString(2)).isEqualTo("RUS");
      assertThat(rs.getDouble(3)).isEqualTo(1.25);
      assertThat(rs.getString(4)).isEqualTo("INTEGER");
      assertThat(rs.getString(5)).isEqualTo("DOUBLE");
      rs.next();
      assertThat(rs.getString(2)).isEqualTo("CHN");
      rs.getDouble(3);
      assertThat(rs.wasNull()).isTrue();
      rs.next();
      assertThat(rs.getString(2)).isEqualTo("it's");
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void csvHasAHeaderAndEmptyCellsForNan() throws Exception {
    Path file = dir.resolve("t.csv");
    ResultFiles.write(table(), ResultFiles.Format.CSV, file);
    assertThat(Files.readAllLines(file))
        .containsExactly("year,country,eci", "2022,RUS,1.25", "2022,CHN,", "2022,it's,-0.5");
  }
}
