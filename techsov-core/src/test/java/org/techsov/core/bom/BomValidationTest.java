package org.techsov.core.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryCode;

class BomValidationTest {
  private static final SourceLocation AT_3 = new SourceLocation("bom.yaml", 3);
  private static final SourceLocation AT_7 = new SourceLocation("bom.yaml", 7);

  private static BomItem item(String pn, String origin, SourceLocation at) {
    return new BomItem(pn, "", null, "", CountryCode.of(origin), 1, "USD", null, null, at);
  }

  private static Bom bom(List<BomItem> items, List<BomEdge> edges) {
    return Bom.of(BomHeader.of("b", "P", "USD"), items, edges);
  }

  @Test
  void extendedQuantitiesMultiplyAlongPathsAndAddAcrossParents() {
    Bom bom =
        TestBom.product("P", "USA", 100)
            .part("P", "A", 2, "USA", 10)
            .part("P", "B", 1, "USA", 10)
            .part("A", "S", 3, "CHN", 1)
            .edge("B", "S", 4)
            .build();
    assertThat(bom.extendedQuantities()[bom.indexOf("S")]).isEqualTo(2 * 3 + 4);
  }

  @Test
  void cycleIsRejectedNamingTheLineAndField() {
    List<BomItem> items =
        List.of(item("P", "USA", null), item("A", "USA", AT_3), item("B", "USA", AT_7));
    List<BomEdge> edges =
        List.of(
            new BomEdge("P", "A", 1, null),
            new BomEdge("A", "B", 1, AT_3),
            new BomEdge("B", "A", 1, AT_7));
    assertThatThrownBy(() -> bom(items, edges))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("bom.yaml line")
        .hasMessageContaining("field 'parent'")
        .hasMessageContaining("cycle")
        .hasMessageContaining("A -> B");
  }

  @Test
  void partWithNoParentIsRejected() {
    List<BomItem> items = List.of(item("P", "USA", null), item("A", "USA", AT_3));
    assertThatThrownBy(() -> bom(items, List.of()))
        .hasMessageContaining("bom.yaml line 3, field 'parent'")
        .hasMessageContaining("has no parent");
  }

  @Test
  void edgeToUnknownParentIsRejected() {
    List<BomItem> items = List.of(item("P", "USA", null), item("A", "USA", null));
    List<BomEdge> edges = List.of(new BomEdge("Q", "A", 1, AT_7));
    assertThatThrownBy(() -> bom(items, edges))
        .hasMessageContaining("bom.yaml line 7, field 'parent'")
        .hasMessageContaining("unknown parent 'Q'");
  }

  @Test
  void negativeQuantityIsRejected() {
    List<BomItem> items = List.of(item("P", "USA", null), item("A", "USA", null));
    List<BomEdge> edges = List.of(new BomEdge("P", "A", -2, AT_7));
    assertThatThrownBy(() -> bom(items, edges))
        .satisfies(
            e -> assertThat(((TechsovException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE))
        .hasMessageContaining("bom.yaml line 7, field 'quantity'")
        .hasMessageContaining("-2");
  }

  @Test
  void unassignedCountryIsRejected() {
    List<BomItem> items = List.of(item("P", "USA", null), item("A", "RUX", AT_3));
    assertThatThrownBy(() -> bom(items, List.of(BomEdge.of("P", "A", 1))))
        .satisfies(
            e -> assertThat(((TechsovException) e).code()).isEqualTo(ErrorCode.UNKNOWN_COUNTRY))
        .hasMessageContaining("bom.yaml line 3, field 'origin'")
        .hasMessageContaining("RUX");
  }

  @Test
  void unknownCurrencyIsRejected() {
    BomItem bad = new BomItem("A", "", null, "", null, 1, "XYZ", null, null, AT_3);
    assertThatThrownBy(
            () -> bom(List.of(item("P", "USA", null), bad), List.of(BomEdge.of("P", "A", 1))))
        .hasMessageContaining("bom.yaml line 3, field 'currency'")
        .hasMessageContaining("XYZ");
  }

  @Test
  void duplicatePartNumberIsRejected() {
    List<BomItem> items = List.of(item("P", "USA", null), item("P", "USA", AT_7));
    assertThatThrownBy(() -> bom(items, List.of()))
        .hasMessageContaining("bom.yaml line 7, field 'part'")
        .hasMessageContaining("duplicate");
  }

  @Test
  void productUsedAsComponentIsRejected() {
    List<BomItem> items = List.of(item("P", "USA", null), item("A", "USA", null));
    List<BomEdge> edges = List.of(BomEdge.of("P", "A", 1), new BomEdge("A", "P", 1, AT_7));
    assertThatThrownBy(() -> bom(items, edges)).hasMessageContaining("line 7, field 'parent'");
  }
}
