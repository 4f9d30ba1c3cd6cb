package org.techsov.ingest.baci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.error.TechsovException;
import org.techsov.core.reference.CountryRegistry;
import org.techsov.ingest.reference.ReferenceDataLoader;
import org.techsov.testkit.SharedData;

class BaciDictionariesTest {
  private final CountryRegistry countries = ReferenceDataLoader.builtIn().countries();
  @TempDir Path dir;

  @Test
  void mapsTheReleaseCountryDictionaryToStoreKeys() {
    Map<Integer, Integer> m =
        BaciDictionaries.countryCodes(
            SharedData.file("baci-reference/country_codes.csv"), countries);
    assertThat(m)
        .containsEntry(643, 643)
        .containsEntry(251, 250)
        .containsEntry(842, 840)
        .containsEntry(699, 356);
    assertThat(m).containsEntry(490, 158); // "Other Asia, nes" is Taiwan
    assertThat(m).hasSize(238);
  }

  @Test
  void readsTheNewerDictionaryLayoutToo() throws IOException {
    Path p =
        Files.writeString(
            dir.resolve("c.csv"),
            "country_code,country_name,country_iso2,country_iso3\n643,Russia,RU,RUS\n490,\"Other Asia, nes\",,S19\n");
    assertThat(BaciDictionaries.countryCodes(p, countries))
        .containsEntry(643, 643)
        .containsEntry(490, 158);
  }

  @Test
  void readsProductNamesWithLeadingZeros() {
    Map<Integer, String> m =
        BaciDictionaries.productNames(SharedData.file("baci-reference/product_codes.csv"));
    assertThat(m).hasSize(5384).containsKey(10121).containsKey(854231);
  }

  @Test
  void badProductCodeNamesFileLineAndField() throws IOException {
    Path p =
        Files.writeString(dir.resolve("p.csv"), "code,description\n010121,Horses\n85X231,Bad\n");
    assertThatThrownBy(() -> BaciDictionaries.productNames(p))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("p.csv line 3, field code ('85X231')");
  }
}
