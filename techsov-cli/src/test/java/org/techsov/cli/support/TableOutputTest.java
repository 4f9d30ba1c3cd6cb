package org.techsov.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.techsov.store.duckdb.ResultTable;

class TableOutputTest {
  @Test
  void csvWritesAHeaderAndLeavesUndefinedNumbersEmpty() {
    double[] eci = {1.5, Double.NaN};
    ResultTable t =
        new ResultTable("countries", 2)
            .text("country", r -> r == 0 ? "RUS" : "A,B")
            .whole("diversity", r -> (int) r * 3)
            .decimal("eci", r -> eci[(int) r]);
    StringWriter w = new StringWriter();
    TableOutput.csv(t, w);
    assertThat(w.toString()).isEqualTo("country,diversity,eci\r\nRUS,0,1.5\r\n\"A,B\",3,\r\n");
  }

  @Test
  void eachTableOfAResultGetsItsOwnFileBesideTheNameGiven() {
    assertThat(TableOutput.fileFor(Path.of("out", "y.csv"), "countries", "csv"))
        .isEqualTo(Path.of("out", "y-countries.csv"));
    assertThat(TableOutput.fileFor(Path.of("y"), "cells", "parquet"))
        .isEqualTo(Path.of("y-cells.parquet"));
  }
}
