package org.techsov.ingest.baci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLocatorTest {
  @TempDir Path dir;

  @Test
  void mapsOrdinalsToLinesSkippingBlankLinesQuotedNewlinesAndRefusedLines() throws IOException {
    String text =
        "t,i,j,k,v,q\n" // line 1: header
            + "2022,4,8,010121,1,1\n" // line 2: ordinal 0
            + "\n" // line 3: blank, not a row
            + "2022,4,8,010122,abc,1\r\n" // line 4: refused by the parser
            + "2022,4,8,\"0101\n23\",1,1\n" // lines 5-6: one record, ordinal 1
            + "2022,4,8,010124,-1,1\n"; // line 7: ordinal 2
    Path p = Files.writeString(dir.resolve("f.csv"), text, StandardCharsets.US_ASCII);
    BaciFile f = new BaciFile(p, Files.size(p), false, "x", false);
    Map<Long, RecordLocator.Located> at =
        RecordLocator.locate(f, new long[] {4}, new long[] {2, 0, 1});
    assertThat(at.get(0L).line()).isEqualTo(2);
    assertThat(at.get(1L).line()).isEqualTo(5);
    assertThat(at.get(1L).text()).isEqualTo("2022,4,8,\"0101\n23\",1,1");
    assertThat(at.get(2L).line()).isEqualTo(7);
    assertThat(at.get(2L).text()).isEqualTo("2022,4,8,010124,-1,1");
  }

  @Test
  void locatesNothingWhenNothingIsWanted() throws IOException {
    Path p = Files.writeString(dir.resolve("g.csv"), "t,i,j,k,v,q\n", StandardCharsets.US_ASCII);
    assertThat(
            RecordLocator.locate(new BaciFile(p, 12, false, "x", false), new long[0], new long[0]))
        .isEmpty();
  }
}
