package org.techsov.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.techsov.core.error.TechsovException;

class HsCodeTest {
  @Test
  void levelFollowsTheNumberOfDigits() {
    assertThat(new HsCode("85").level()).isEqualTo(HsLevel.HS2);
    assertThat(new HsCode("8542").level()).isEqualTo(HsLevel.HS4);
    assertThat(new HsCode("854231").level()).isEqualTo(HsLevel.HS6);
  }

  @Test
  void parseRestoresALostLeadingZero() {
    assertThat(HsCode.parse("10121")).isEqualTo(new HsCode("010121"));
    assertThat(HsCode.ofHs6(10121)).isEqualTo(new HsCode("010121"));
  }

  @Test
  void truncationAndContainmentFollowTheHierarchy() {
    HsCode chip = new HsCode("854231");
    assertThat(chip.truncate(HsLevel.HS4)).isEqualTo(new HsCode("8542"));
    assertThat(chip.isWithin(new HsCode("85"))).isTrue();
    assertThat(chip.isWithin(new HsCode("8541"))).isFalse();
    assertThat(chip.chapter()).isEqualTo(85);
  }

  @Test
  void malformedCodesAreRefusedWithTheValue() {
    assertThatThrownBy(() -> new HsCode("8542X1"))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("8542X1");
    assertThat(HsCode.isWellFormed("999999")).isTrue();
    assertThat(HsCode.isWellFormed("770000")).isFalse();
    assertThat(HsCode.isWellFormed("00")).isFalse();
    assertThat(HsCode.isWellFormed("12345")).isFalse();
  }

  @Test
  void revisionIsReadFromBaciFileNames() {
    assertThat(HsRevision.fromBaciFileName("BACI_HS17_Y2022_V202501.csv"))
        .contains(HsRevision.HS2017);
    assertThat(HsRevision.fromBaciFileName("baci_hs22_y2023.csv.gz")).contains(HsRevision.HS2022);
    assertThat(HsRevision.fromBaciFileName("flows.csv")).isEmpty();
  }
}
