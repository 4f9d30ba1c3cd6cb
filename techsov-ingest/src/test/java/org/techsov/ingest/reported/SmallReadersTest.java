package org.techsov.ingest.reported;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.HsRevision;
import org.techsov.core.reference.PriorityItem;
import org.techsov.core.spi.ProgressListener;
import org.techsov.core.trade.Shipment;
import org.techsov.ingest.baci.ImportOutcome;
import org.techsov.ingest.goods.GoodsListReader;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.ingest.rows.RowError;
import org.techsov.ingest.rows.RowImportOptions;
import org.techsov.testkit.SharedData;

class SmallReadersTest {
  @TempDir Path dir;

  @Test
  void countryCodesAreReadInEveryFormStatisticsUse() {
    CountryResolver r = new CountryResolver(ReferenceDataLoader.builtIn().countries());
    assertThat(r.resolve("p", "EL")).isEqualTo(new CountryCode("GRC"));
    assertThat(r.resolve("p", "UK")).isEqualTo(new CountryCode("GBR"));
    assertThat(r.resolve("p", "842")).isEqualTo(new CountryCode("USA"));
    assertThat(r.resolve("p", "251")).isEqualTo(new CountryCode("FRA"));
    assertThat(r.resolve("p", "WBG")).isEqualTo(new CountryCode("PSE"));
    assertThat(r.resolve("p", "arm")).isEqualTo(new CountryCode("ARM"));
    assertThatThrownBy(() -> r.resolve("p", "W00"))
        .isInstanceOf(RowError.class)
        .satisfies(e -> assertThat(((RowError) e).isExpected()).isTrue());
    assertThatThrownBy(() -> r.resolve("p", "QQQ"))
        .hasMessageContaining("unknown country code QQQ");
  }

  @Test
  void theRevisionInForceFollowsTheYear() {
    assertThat(ProductCodes.inForce(2021)).isEqualTo(HsRevision.HS2017);
    assertThat(ProductCodes.inForce(2022)).isEqualTo(HsRevision.HS2022);
    assertThat(ProductCodes.inForce(2016)).isEqualTo(HsRevision.HS2012);
  }

  @Test
  void thePackagedRatesHaveFebruary2022() {
    assertThat(ExchangeRateTable.builtIn().usdPerUnit("EUR", 2022, 2)).hasValue(1.1349);
    assertThat(ExchangeRateTable.builtIn().coverage("EUR")).isEqualTo("2015-01..2023-11");
  }

  @Test
  void aCnCodeListBecomesSubheadingsWithTheirCodesAndHeadingsStayHeadings() throws IOException {
    Path f = dir.resolve("codes.csv");
    Files.writeString(f, "code\n85423111\n85423119\n2106\n1012100\n");
    GoodsList l = GoodsListReader.read(f, "eu-test", "test", LocalDate.of(2022, 10, 7), "test");
    assertThat(l.items())
        .extracting(PriorityItem::code)
        .extracting(Object::toString)
        .containsExactly("010121", "2106", "854231");
    assertThat(l.items().get(2).description()).isEqualTo("CN8 85423111 85423119");
    assertThat(l.items().get(2).tier()).isEqualTo("CN8");
    assertThatThrownBy(() -> GoodsListReader.read(f, "Bad Id", "x", LocalDate.now(), "x"))
        .hasMessageContaining("lower-case");
  }

  @Test
  void theEuRestrictedListsOfTheComextFolderLoad() {
    Path cn8 =
        SharedData.file("eu-comext-russia-neighbours/export_sanctions_cn8_codes_with_desc.csv");
    GoodsList l =
        GoodsListReader.read(cn8, "eu-restricted", "EU", LocalDate.of(2022, 10, 7), "833/2014");
    assertThat(l.items()).hasSize(1393);
    Path all =
        SharedData.file("eu-comext-russia-neighbours/sanctioned_cn_codes_reg833_2022-10-07.csv");
    GoodsList withHeadings =
        GoodsListReader.read(all, "eu-833", "EU", LocalDate.of(2022, 10, 7), "833/2014");
    assertThat(withHeadings.items().stream().filter(i -> i.code().code().length() == 4).count())
        .isEqualTo(115);
  }

  @Test
  void shipmentsGetTheirBrandsHeadquartersFromTheTableOrTheirOwnColumn() throws IOException {
    Path f = dir.resolve("ship.csv");
    Files.writeString(
        f,
        "date,hs_code,description,origin,dispatch,destination,exporter,importer,manufacturer,brand,value,currency,quantity,quantity_unit,brand_hq\n"
            + "2022-05-03,8542319000,chips,MYS,HKG,RUS,HK Trade,OOO A,Texas Instruments,Texas-Instruments,1000,EUR,10,pcs,\n"
            + "2022-05-04,8542319000,chips,CHN,CHN,RUS,CN Trade,OOO B,Acme,Acme,500,USD,,pcs,NLD\n"
            + "2022-05-05,8542319000,chips,CHN,CHN,RUS,CN Trade,OOO B,Acme,Acme,500,USD,,pcs,\n"
            + "2022-13-05,8542319000,chips,CHN,CHN,RUS,CN Trade,OOO B,Acme,Acme,500,USD,,pcs,\n");
    FakeStore store = new FakeStore();
    ImportOutcome o =
        new ShipmentImports(store, ReferenceDataLoader.builtIn())
            .run(
                ReadingContext.of(ReadingOptions.defaults()),
                BrandTable.builtIn(ReferenceDataLoader.builtIn().countries()),
                RowImportOptions.of(f).withRejectFile(dir.resolve("r.csv")).withMaxRejectRate(1),
                ProgressListener.NONE);
    assertThat(o.record().rowsRead()).isEqualTo(4);
    assertThat(store.shipments).hasSize(3);
    Shipment ti = store.shipments.get(0);
    assertThat(ti.brandHq()).contains(new CountryCode("USA"));
    assertThat(ti.valueUsd()).isEqualTo(1000 * 1.0567);
    assertThat(ti.hs6()).isEqualTo(854231);
    assertThat(store.shipments.get(1).brandHq()).contains(new CountryCode("NLD"));
    assertThat(store.shipments.get(2).brandHq()).isEmpty();
    assertThat(o.rejects().get(0).reason()).contains("not a date");
  }
}
