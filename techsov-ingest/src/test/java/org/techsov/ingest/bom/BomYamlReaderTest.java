package org.techsov.ingest.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.techsov.core.bom.Bom;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

class BomYamlReaderTest {
  private static final String GOOD =
      """
      bom:
        id: tiny
        product: P
        currency: USD
        attestations: [service_centre]
        valuation: {transaction_value: 100, net_cost: 90}
        annual_volume: 10
      items:
        - part: P
          hs: "854231"
          origin: RUS
          unit_value: 100
          operations:
            - {type: Die Packaging, country: rus, value_added: 5}
        - part: A
          parent: P
          quantity: 2
          origin: TWN
          unit_value: 20
          currency: EUR
          substitutes:
            - {part: A2, manufacturer: M, origin: CHN, qualified: true, qualified_from: 2026-07-01}
        - part: B
          parent: A
          origin: CHN
          unit_value: 1
      edges:
        - {parent: P, part: B, quantity: 3}
      """;

  private static Bom read(String yaml) {
    return BomYamlReader.read(new StringReader(yaml), "bom.yaml");
  }

  private static void assertFails(String yaml, String... fragments) {
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(TechsovException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
  }

  @Test
  void readsItemsEdgesOperationsAndSubstitutes() {
    Bom bom = read(GOOD);
    assertThat(bom.size()).isEqualTo(3);
    assertThat(bom.header().annualVolume()).isEqualTo(10);
    assertThat(bom.header().valuation().netCost()).isEqualTo(90);
    assertThat(bom.product().operations().get(0).type()).isEqualTo("die_packaging");
    assertThat(bom.item(bom.indexOf("A")).currency()).isEqualTo("EUR");
    assertThat(bom.item(bom.indexOf("A")).substitutes().get(0).qualifiedFrom())
        .hasToString("2026-07-01");
    assertThat(bom.extendedQuantities()[bom.indexOf("B")]).isEqualTo(2 + 3);
    assertThat(bom.item(bom.indexOf("B")).source().line()).isEqualTo(23);
  }

  @Test
  void cycleNamesTheLineAndField() {
    assertFails(
        GOOD.replace("parent: P\n    quantity: 2", "parent: B\n    quantity: 2"),
        "bom.yaml line 24, field 'parent'",
        "cycle B -> A -> B");
  }

  @Test
  void unknownParentNamesTheLineAndField() {
    assertFails(
        GOOD.replace("parent: A", "parent: Z"),
        "bom.yaml line 24, field 'parent'",
        "unknown parent 'Z'");
  }

  @Test
  void itemWithoutParentNamesItsLine() {
    String noEdges = GOOD.substring(0, GOOD.indexOf("edges:"));
    assertFails(
        noEdges.replace("    parent: A\n", ""), "bom.yaml line 23, field 'parent'", "no parent");
  }

  @Test
  void negativeQuantityNamesTheLineAndField() {
    assertFails(
        GOOD.replace("quantity: 2", "quantity: -2"), "bom.yaml line 17, field 'quantity'", "-2");
  }

  @Test
  void unknownCountryNamesTheLineAndField() {
    assertThatThrownBy(() -> read(GOOD.replace("origin: TWN", "origin: TWX")))
        .hasMessageContaining("bom.yaml line 18, field 'origin'")
        .hasMessageContaining("TWX")
        .satisfies(
            e -> assertThat(((TechsovException) e).code()).isEqualTo(ErrorCode.UNKNOWN_COUNTRY));
  }

  @Test
  void unknownCountryOfAnOperationNamesTheLineAndField() {
    assertFails(GOOD.replace("country: rus", "country: XXX"), "bom.yaml line 14, field 'country'");
  }

  @Test
  void unknownCurrencyNamesTheLineAndField() {
    assertFails(
        GOOD.replace("currency: EUR", "currency: EUX"),
        "bom.yaml line 20, field 'currency'",
        "EUX");
  }

  @Test
  void malformedYamlNamesTheLine() {
    assertThatThrownBy(() -> read(GOOD.replace("    unit_value: 1\n", "    unit_value: [1\n")))
        .hasMessageContaining("bom.yaml line")
        .hasMessageContaining("malformed YAML")
        .satisfies(
            e -> assertThat(((TechsovException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE));
  }

  @Test
  void misspelledKeyIsRejected() {
    assertFails(
        GOOD.replace("unit_value: 20", "unit_vaule: 20"),
        "bom.yaml line 19, field 'unit_vaule'",
        "unknown key");
  }

  @Test
  void missingValueNamesTheField() {
    assertFails(
        GOOD.replace("    unit_value: 20\n", ""),
        "bom.yaml line 15, field 'unit_value'",
        "missing");
  }

  @Test
  void negativeValueIsRejected() {
    assertFails(
        GOOD.replace("unit_value: 20", "unit_value: -20"), "bom.yaml line 19, field 'unit_value'");
  }

  @Test
  void badHsCodeIsRejected() {
    assertFails(GOOD.replace("hs: \"854231\"", "hs: \"8542X\""), "bom.yaml line 10, field 'hs'");
  }

  @Test
  void edgeWithNegativeQuantityIsRejected() {
    assertFails(
        GOOD.replace("quantity: 3}", "quantity: -3}"), "bom.yaml line 28, field 'quantity'");
  }
}
