package org.techsov.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techsov.core.reference.Bloc;
import org.techsov.core.reference.Country;
import org.techsov.core.reference.CountryCode;
import org.techsov.core.reference.GoodsList;
import org.techsov.core.reference.HsCode;
import org.techsov.core.reference.ReferenceData;
import org.techsov.testkit.SharedData;

class ReferenceDataLoaderTest {
  private final ReferenceData ref = ReferenceDataLoader.builtIn();

  @Test
  void countriesCarryIsoAndBaciCodes() {
    Country rus = ref.countries().require(new CountryCode("RUS"));
    assertThat(rus.key()).isEqualTo(643);
    assertThat(rus.baciCode()).isEqualTo(643);
    assertThat(ref.countries().require(new CountryCode("FRA")).baciCode()).isEqualTo(251);
    assertThat(ref.countries().require(new CountryCode("USA")).baciCode()).isEqualTo(842);
    assertThat(ref.countries().byBaciCode(490).orElseThrow().code())
        .isEqualTo(new CountryCode("TWN"));
    assertThat(ref.countries().byBaciCode(58).orElseThrow().code().alpha3()).isEqualTo("XBL");
  }

  @Test
  void isoNumericKeysMatchTheIsoTable() throws IOException {
    Map<String, Integer> iso = new HashMap<>();
    List<String> lines =
        Files.readAllLines(
            SharedData.file("country-codes/country-codes.csv"), StandardCharsets.UTF_8);
    List<String> header = csv(lines.get(0));
    int a3 = header.indexOf("ISO3166-1-Alpha-3");
    int num = header.indexOf("ISO3166-1-numeric");
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = csv(line);
      iso.put(f.get(a3), Integer.parseInt(f.get(num)));
    }
    int checked = 0;
    for (Country c : ref.countries().all()) {
      if (!c.alpha2().isEmpty()) {
        assertThat(c.key()).as(c.code().alpha3()).isEqualTo(iso.get(c.code().alpha3()));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(iso.size());
  }

  @Test
  void everyBaciCodeOfTheReleaseDictionaryIsKnown() throws IOException {
    List<String> lines =
        Files.readAllLines(
            SharedData.file("baci-reference/country_codes.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      int code = Integer.parseInt(csv(line).get(0));
      assertThat(ref.countries().byBaciCode(code)).as("BACI code %d", code).isPresent();
    }
  }

  @Test
  void blocMembershipFollowsItsDates() {
    Bloc unfriendly = ref.bloc("UNFRIENDLY");
    assertThat(unfriendly.membersOn(LocalDate.of(2022, 3, 4))).isEmpty();
    assertThat(unfriendly.membersOn(LocalDate.of(2022, 3, 5))).hasSize(52);
    assertThat(unfriendly.membersOn(LocalDate.of(2022, 7, 23))).hasSize(55);
    assertThat(unfriendly.isMember(new CountryCode("TUR"), LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(ref.bloc("EU27").membersOn(LocalDate.of(2013, 6, 30))).hasSize(26);
    assertThat(ref.bloc("EU27").membersOn(LocalDate.of(2013, 7, 1))).hasSize(27);
    assertThat(ref.bloc("EAEU").membersOn(LocalDate.of(2016, 1, 1))).hasSize(5);
  }

  @Test
  void blocsAgreeWithTheSharedMembershipList() throws IOException {
    List<String> lines =
        Files.readAllLines(
            SharedData.file("country-groups/country_groups.csv"), StandardCharsets.UTF_8);
    Map<String, Integer> count = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = csv(line);
      String group = f.get(0);
      CountryCode code = new CountryCode(f.get(2));
      int since = Integer.parseInt(f.get(5));
      Bloc bloc = ref.bloc(group);
      assertThat(bloc.members().stream().filter(m -> m.country().equals(code)).findFirst())
          .as("%s in %s", code, group)
          .hasValueSatisfying(m -> assertThat(m.from().getYear()).isEqualTo(since));
      count.merge(group, 1, Integer::sum);
    }
    count.forEach((g, n) -> assertThat(ref.bloc(g).everMembers()).as(g).hasSize(n));
  }

  @Test
  void chplHasFiftyCodesInSixTiersAsPublished() throws IOException {
    GoodsList chpl = ref.goodsLists().get("chpl");
    assertThat(chpl.items()).hasSize(50);
    Map<String, Integer> tiers = new HashMap<>();
    chpl.items().forEach(i -> tiers.merge(i.tier(), 1, Integer::sum));
    assertThat(tiers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("1", 4, "2", 5, "3A", 16, "3B", 9, "4A", 11, "4B", 5));
    List<String> shared =
        Files.readAllLines(SharedData.file("chpl/chpl_hs6_2024-02.csv"), StandardCharsets.UTF_8);
    for (String line : shared.subList(1, shared.size())) {
      List<String> f = csv(line);
      assertThat(chpl.find(new HsCode(f.get(0))))
          .as(f.get(0))
          .hasValueSatisfying(i -> assertThat(i.tier()).isEqualTo(f.get(1)));
    }
  }

  @Test
  void technologyAreasCoverTheirHeadings() {
    assertThat(ref.area("microelectronics").contains(new HsCode("854231"))).isTrue();
    assertThat(ref.area("machine-tools").contains(new HsCode("846693"))).isTrue();
    assertThat(ref.area("optics").contains(new HsCode("900911"))).isFalse();
    assertThat(ref.areas())
        .containsKeys("computers", "telecom", "semiconductor-equipment", "aviation", "instruments");
  }

  /** Splits one CSV line, honouring double quotes. */
  static List<String> csv(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (char ch : line.replace("\uFEFF", "").toCharArray()) {
      if (ch == '"') {
        q = !q;
      } else if (ch == ',' && !q) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
