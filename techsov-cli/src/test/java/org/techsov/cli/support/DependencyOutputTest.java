package org.techsov.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.techsov.core.dependency.BlocShare;
import org.techsov.core.dependency.DependencyQuery;
import org.techsov.core.dependency.DependencyRow;
import org.techsov.core.dependency.GroupLevel;
import org.techsov.core.dependency.ProductGroup;
import org.techsov.core.dependency.SupplierShare;
import org.techsov.core.reference.CountryCode;

class DependencyOutputTest {
  private static final DependencyQuery QUERY =
      new DependencyQuery(
          List.of(new CountryCode("RUS")),
          2023,
          2023,
          GroupLevel.AREA,
          List.of("microelectronics"),
          List.of(),
          List.of("CHN_HK"),
          LocalDate.of(2024, 1, 1),
          OptionalInt.empty(),
          2);

  private static final DependencyRow ROW =
      new DependencyRow(
          new CountryCode("RUS"),
          2023,
          new ProductGroup(GroupLevel.AREA, "microelectronics"),
          100.0,
          2,
          0.82,
          List.of(
              new SupplierShare(new CountryCode("CHN"), 90.0, 0.9),
              new SupplierShare(new CountryCode("TUR"), 10.0, 0.1)),
          List.of(new BlocShare("CHN_HK", 90.0, 0.9)),
          Optional.empty(),
          "Semiconductors");

  @Test
  void jsonKeepsEveryObjectsFieldsInAFixedOrder() {
    String json = DependencyOutput.json(QUERY, List.of(ROW));
    assertThat(json.replaceAll("\\s+", ""))
        .contains("{\"supplier\":\"CHN\",\"valueUsd\":90.0,\"share\":0.9}")
        .contains("\"productGroup\":\"microelectronics\",\"groupName\":\"Semiconductors\"");
  }

  @Test
  void csvHasOneColumnPerTopSupplierAndBloc() {
    String csv = OutputSink.csv(w -> DependencyOutput.csv(QUERY, List.of(ROW), w));
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "year,importer,level,product_group,group_name,import_value_usd,suppliers,hhi,"
                + "equivalent_suppliers,top1_supplier,top1_share,top2_supplier,top2_share,share_chn_hk");
    assertThat(csv.lines().skip(1).findFirst().orElseThrow())
        .startsWith("2023,RUS,area,microelectronics,Semiconductors,100.0,2,0.82,")
        .endsWith(",CHN,0.9,TUR,0.1,0.9");
  }
}
