package org.techsov.core.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.TechsovException;

class ExportMatrixBuilderTest {
  @Test
  void addCellNumbersAcceptedCellsAndNamesTheEarlierOneOfADuplicate() {
    ExportMatrixBuilder b = ExportMatrix.builder(2022);
    assertThat(b.addCell("RUS", "854231", 1)).isEqualTo(-1);
    assertThat(b.addCell("RUS", "854232", 2)).isEqualTo(-1);
    assertThat(b.addCell("CHN", "854231", 3)).isEqualTo(-1);
    assertThat(b.addCell("RUS", "854232", 9)).isEqualTo(1);
    assertThat(b.cellCount()).isEqualTo(3);
    ExportMatrix m = b.build();
    assertThat(m.countries()).containsExactly("CHN", "RUS");
    assertThat(m.products()).containsExactly("854231", "854232");
    assertThat(m.values()).containsExactly(3, 0, 1, 2);
  }

  @Test
  void aDuplicateAddedThroughAddIsRefusedWithBothLabels() {
    ExportMatrixBuilder b = ExportMatrix.builder(2022).add("RUS", "854231", 1);
    assertThatThrownBy(() -> b.add("RUS", "854231", 1))
        .isInstanceOf(TechsovException.class)
        .hasMessage("duplicate export value for RUS / 854231 in 2022");
  }

  @Test
  void manyCellsInShuffledOrderGiveTheDenseMatrix() {
    SplittableRandom rnd = new SplittableRandom(11);
    int nc = 70;
    int np = 400;
    double[] dense = new double[nc * np];
    List<Integer> cells = new ArrayList<>();
    for (int i = 0; i < dense.length; i++) {
      dense[i] = rnd.nextDouble() < 0.4 ? 1 + rnd.nextInt(1000) : 0;
      cells.add(i);
    }
    Collections.shuffle(cells, new Random(3));
    ExportMatrixBuilder b = ExportMatrix.builder(2021);
    for (int i : cells) {
      b.add(String.format("C%03d", i / np), String.format("P%04d", i % np), dense[i]);
    }
    ExportMatrix m = b.build();
    assertThat(b.cellCount()).isEqualTo(nc * np);
    assertThat(m.countries()).isSorted().hasSize(nc);
    assertThat(m.products()).isSorted().hasSize(np);
    assertThat(m.values()).containsExactly(dense);
  }
}
