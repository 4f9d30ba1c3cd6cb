package org.techsov.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.techsov.core.testing.SharedData;

class HsConcordanceTest {
  private static HsConcordance.Pair pair(int newer, int older, String rel) {
    return new HsConcordance.Pair(newer, older, rel, HsRevision.HS2022, HsRevision.HS2017);
  }

  private static final HsConcordance SMALL =
      HsConcordance.of(
          List.of(
              pair(854231, 854231, "1:1"),
              // aircraft parts moved: 880330 -> 880730 (n:1), some to 852411 (n:n)
              pair(880730, 880330, "n:1"),
              pair(852411, 880330, "n:n"),
              // a code that continues while part of it moved
              pair(848620, 848620, "n:1"),
              pair(852411, 848620, "n:n"),
              // a genuine split: 151000 -> 151010 and 151090
              pair(151010, 151000, "n:1"),
              pair(151090, 151000, "n:1"),
              pair(151090, 151090, "1:1")));

  @Test
  void olderCodesGoToTheCodeThatContinuesThem() {
    assertThat(SMALL.toAnalysisKey(HsRevision.HS2017, 854231)).hasValue(854231);
    assertThat(SMALL.toAnalysisKey(HsRevision.HS2017, 880330)).hasValue(880730);
    assertThat(SMALL.toAnalysisKey(HsRevision.HS2017, 848620)).hasValue(848620);
    assertThat(SMALL.toAnalysisKey(HsRevision.HS2022, 852411)).hasValue(852411);
  }

  @Test
  void aSplitMergesItsNewerCodesIntoOneComparableGroup() {
    assertThat(SMALL.toAnalysisKey(HsRevision.HS2017, 151000)).hasValue(151010);
    assertThat(SMALL.toAnalysisKey(HsRevision.HS2022, 151090)).hasValue(151010);
    assertThat(SMALL.isGroup(151010)).isTrue();
    assertThat(SMALL.members(151010)).containsExactly(151010, 151090);
    assertThat(SMALL.isGroup(854231)).isFalse();
  }

  @Test
  void unknownCodesHaveNoKey() {
    assertThat(SMALL.toAnalysisKey(HsRevision.HS2017, 999999)).isEqualTo(OptionalInt.empty());
    assertThat(SMALL.toAnalysisKey(HsRevision.HS2022, 880330)).isEqualTo(OptionalInt.empty());
    assertThat(SMALL.toAnalysisKey(HsRevision.HS2012, 854231)).isEqualTo(OptionalInt.empty());
  }

  @Test
  void theSharedConcordanceKeepsChplCodesOrMergesThemWithTheirSplits() throws IOException {
    HsConcordance c = HsConcordance.of(sharedPairs());
    java.util.Map<Integer, Integer> moved = new java.util.TreeMap<>();
    for (String line :
        java.nio.file.Files.readAllLines(
            SharedData.file("chpl/chpl_hs6_2024-02.csv").toPath(), StandardCharsets.UTF_8)) {
      if (line.matches("\\d{6},.*")) {
        int code = Integer.parseInt(line.substring(0, 6));
        int key = c.toAnalysisKey(HsRevision.HS2022, code).orElseThrow();
        assertThat(c.members(key)).as("CHPL %s", code).contains(code);
        if (key != code) {
          moved.put(code, key);
        }
      }
    }
    // HS2017 852580 (cameras) and 854140 (photosensitive devices) split in HS2022
    assertThat(moved)
        .containsExactly(java.util.Map.entry(852589, 852581), java.util.Map.entry(854149, 854141));
    assertThat(c.members(852581)).containsExactly(852581, 852582, 852583, 852589);
    assertThat(c.toAnalysisKey(HsRevision.HS2017, 852580)).hasValue(852581);
    assertThat(c.toAnalysisKey(HsRevision.HS2017, 880330)).hasValue(880730);
    assertThat(c.toAnalysisKey(HsRevision.HS2012, 854231)).hasValue(854231);
    assertThat(c.toAnalysisKey(HsRevision.HS2017, 151000)).hasValue(151010);
  }

  /** The 2022-2017, 2017-2012 pairs of the shared Growth Lab file (codes lost leading zeros). */
  static List<HsConcordance.Pair> sharedPairs() throws IOException {
    File f = SharedData.file("hs-concordance/HS_consolidated_comtrade_concordances.csv");
    Pattern step = Pattern.compile("(\\d{4}) to (\\d{4})");
    List<HsConcordance.Pair> out = new ArrayList<>();
    try (BufferedReader r = java.nio.file.Files.newBufferedReader(f.toPath())) {
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) {
        String[] x = line.split(",");
        Matcher m = step.matcher(x[3]);
        if (!m.matches() || !x[0].matches("\\d+") || !x[1].matches("\\d+")) {
          continue;
        }
        var newer = HsRevision.parse(m.group(1));
        var older = HsRevision.parse(m.group(2));
        if (newer.isPresent() && older.isPresent()) {
          out.add(
              new HsConcordance.Pair(
                  Integer.parseInt(x[0]), Integer.parseInt(x[1]), x[2], newer.get(), older.get()));
        }
      }
    }
    return out;
  }
}
