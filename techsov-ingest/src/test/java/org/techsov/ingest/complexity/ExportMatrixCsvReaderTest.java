package org.techsov.ingest.complexity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.complexity.ExportMatrix;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;

class ExportMatrixCsvReaderTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static SortedMap<Integer, ExportMatrix> read(Path f) {
    return ExportMatrixCsvReader.read(f, ProgressListener.NONE);
  }

  private static TechsovException refused(Path f) {
    try {
      read(f);
    } catch (TechsovException e) {
      return e;
    }
    throw new AssertionError("file was accepted: " + f);
  }

  @Test
  void readsEachYearIntoASortedMatrixWithUnlistedCellsZero() throws IOException {
    Path f =
        file(
            "x.csv",
            "year,country,product,export_value\n"
                + "2022,RUS,854231,5\n"
                + "2021,RUS,854231,1.5\n"
                + "2022,CHN,854231,7\n"
                + "2022,CHN,010121,2e3\n");
    SortedMap<Integer, ExportMatrix> m = read(f);
    assertThat(m.keySet()).containsExactly(2021, 2022);
    ExportMatrix y = m.get(2022);
    assertThat(y.countries()).containsExactly("CHN", "RUS");
    assertThat(y.products()).containsExactly("010121", "854231");
    assertThat(y.values()).containsExactly(2000, 7, 0, 5);
    assertThat(m.get(2021).values()).containsExactly(1.5);
  }

  @Test
  void columnsMayComeInAnyOrderWithOtherColumnsAndABom() throws IOException {
    Path f =
        file(
            "x.csv",
            "\uFEFFExport_Value, Product ,note,COUNTRY,year\n10,p1,hello,A,2020\n# comment\n\n3,p2,,B,2020\n");
    ExportMatrix m = read(f).get(2020);
    assertThat(m.countries()).containsExactly("A", "B");
    assertThat(m.values()).containsExactly(10, 0, 0, 3);
  }

  @Test
  void everyBadRowIsReportedWithFileLineFieldAndRawValueAndNothingIsRead() throws IOException {
    Path f =
        file(
            "bad.csv",
            "year,country,product,export_value\n"
                + "2022,RUS,854231,5\n" // line 2: fine
                + "20x2,RUS,854232,5\n" // line 3: year
                + "2022,,854233,5\n" // line 4: empty country
                + "2022,RUS,854234,-1\n" // line 5: negative
                + "2022,RUS,854235,abc\n" // line 6: not a number
                + "2022,RUS,854236,NaN\n" // line 7: not finite
                + "2022,RUS\n" // line 8: short row
                + "2022,RUS,854231,6\n" // line 9: duplicate of line 2
                + "1850,RUS,854237,1\n"); // line 10: year out of range
    TechsovException e = refused(f);
    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_FILE);
    assertThat(e.getMessage())
        .startsWith("bad.csv: 9 bad rows; nothing was read")
        .contains("bad.csv line 3, field year ('20x2'): not a year")
        .contains("bad.csv line 4, field country: empty label")
        .contains("bad.csv line 5, field export_value ('-1'): must be >= 0")
        .contains("bad.csv line 6, field export_value ('abc'): not a number")
        .contains("bad.csv line 7, field export_value ('NaN'): not a finite number")
        .contains("bad.csv line 8, field product: missing field")
        .contains("bad.csv line 8, field export_value: missing field")
        .contains("bad.csv line 9: duplicate of line 2 (year 2022, country RUS, product 854231)")
        .contains("bad.csv line 10, field year ('1850'): year must lie within 1900-2100")
        .doesNotContain("line 2,");
  }

  @Test
  void aMissingColumnIsNamedWithTheHeaderFound() throws IOException {
    TechsovException e = refused(file("h.csv", "year,country,product,value\n2022,A,p,1\n"));
    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_FILE);
    assertThat(e.getMessage())
        .startsWith("h.csv line 1: missing column export_value")
        .contains("year,country,product,export_value");
  }

  @Test
  void emptyFilesAndHeaderOnlyFilesAreDataErrors() throws IOException {
    assertThat(refused(file("e.csv", "")).getMessage()).isEqualTo("e.csv: the file is empty");
    TechsovException h = refused(file("h.csv", "year,country,product,export_value\n"));
    assertThat(h.code()).isEqualTo(ErrorCode.EMPTY_FILE);
    assertThat(h.getMessage()).contains("no data rows");
  }

  @Test
  void aMissingFileIsNotFound() {
    assertThat(refused(dir.resolve("none.csv")).code()).isEqualTo(ErrorCode.FILE_NOT_FOUND);
  }

  @Test
  void theListingStopsAtAThousandRowsButCountsThemAll() throws IOException {
    StringBuilder sb = new StringBuilder("year,country,product,export_value\n");
    for (int i = 0; i < 1500; i++) {
      sb.append("2022,A,p").append(i).append(",-").append(i + 1).append('\n');
    }
    String m = refused(file("many.csv", sb.toString())).getMessage();
    assertThat(m).startsWith("many.csv: 1500 bad rows").endsWith("... and 500 more");
    assertThat(m.lines().count()).isEqualTo(1 + 1000 + 1);
  }

  @Test
  void progressReachesTheFileSize() throws IOException {
    Path f = file("p.csv", "year,country,product,export_value\n2022,A,p,1\n");
    long[] last = new long[2];
    ExportMatrixCsvReader.read(
        f,
        (stage, done, total) -> {
          last[0] = done;
          last[1] = total;
        });
    assertThat(last[0]).isEqualTo(last[1]).isEqualTo(Files.size(f));
  }
}
