package org.techsov.ingest.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.techsov.core.bom.Bom;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

class BomCsvReaderTest {
  private static final String GOOD =
      """
      parent,part,quantity,description,hs,manufacturer,origin,unit_value,currency,operations,substitutes
      ,ECU,1,engine control unit,853710,Maker,RUS,18000,RUB,design|RUS|1500;final_assembly|RUS,
      ECU,PCBA,1,board,853890,Maker,RUS,11000,RUB,surface_mount_placement|RUS|1800,
      PCBA,MCU,1,microcontroller,854231,MCU maker,DEU,3500,RUB,,MCU-CN|CN maker|CHN|true;MCU-X|X|USA|no
      # a shared part: the second row leaves the attributes empty
      ECU,MCU,2,,,,,,,,
      """;

  private static Bom read(String csv) {
    return BomCsvReader.read(new StringReader(csv), "ecu", "ecu.csv");
  }

  private static void assertFails(String csv, String... fragments) {
    assertThatThrownBy(() -> read(csv))
        .isInstanceOf(TechsovException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
  }

  @Test
  void readsOneRowPerEdgeWithPackedOperationsAndSubstitutes() {
    Bom bom = read(GOOD);
    assertThat(bom.header().product()).isEqualTo("ECU");
    assertThat(bom.header().currency()).isEqualTo("RUB");
    assertThat(bom.size()).isEqualTo(3);
    assertThat(bom.extendedQuantities()[bom.indexOf("MCU")]).isEqualTo(3);
    assertThat(bom.product().operations()).hasSize(2);
    assertThat(bom.item(bom.indexOf("MCU")).substitutes())
        .extracting(s -> s.qualified())
        .containsExactly(true, false);
  }

  @Test
  void cycleNamesTheLineAndField() {
    assertFails(
        GOOD + "MCU,PCBA,1,,,,,,,,\n",
        "ecu.csv line 4, field 'parent'",
        "cycle MCU -> PCBA -> MCU");
  }

  @Test
  void unknownParentNamesTheLine() {
    assertFails(GOOD.replace("PCBA,MCU,1", "PCBX,MCU,1"), "ecu.csv line 4, field 'parent'", "PCBX");
  }

  @Test
  void negativeQuantityNamesTheLineAndColumn() {
    assertFails(GOOD.replace("ECU,MCU,2", "ECU,MCU,-2"), "ecu.csv line 6, field 'quantity'");
  }

  @Test
  void unknownCountryNamesTheLineAndColumn() {
    assertThatThrownBy(() -> read(GOOD.replace("MCU maker,DEU", "MCU maker,GER")))
        .hasMessageContaining("ecu.csv line 4, field 'origin'")
        .hasMessageContaining("GER")
        .satisfies(
            e -> assertThat(((TechsovException) e).code()).isEqualTo(ErrorCode.UNKNOWN_COUNTRY));
  }

  @Test
  void unknownCurrencyNamesTheLineAndColumn() {
    assertFails(GOOD.replace("11000,RUB", "11000,RUX"), "ecu.csv line 3, field 'currency'", "RUX");
  }

  @Test
  void malformedOperationCellNamesTheColumn() {
    assertFails(GOOD.replace("design|RUS|1500", "design"), "ecu.csv line 2, field 'operations'");
  }

  @Test
  void secondEndProductIsRejected() {
    assertFails(
        GOOD + ",OTHER,1,,,,RUS,1,RUB,,\n", "ecu.csv line 7, field 'parent'", "second end product");
  }

  @Test
  void unknownColumnIsRejected() {
    assertFails(
        GOOD.replace("substitutes\n", "substitute\n"), "ecu.csv line 1, field 'substitute'");
  }

  @Test
  void conflictingRepeatValueIsRejected() {
    assertFails(
        GOOD.replace("ECU,MCU,2,,,,,,", "ECU,MCU,2,,,,,99,"), "ecu.csv line 6, field 'unit_value'");
  }
}
