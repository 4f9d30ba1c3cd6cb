package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.bom.Bom;
import org.techsov.core.embargo.BlockedNode;
import org.techsov.core.embargo.BomSupplyGraph;
import org.techsov.core.embargo.EmbargoAnalysis;
import org.techsov.core.embargo.EmbargoReport;
import org.techsov.core.embargo.EmbargoScenario;
import org.techsov.core.embargo.ScenarioComparison;
import org.techsov.core.embargo.SinglePoint;
import org.techsov.core.reference.CountryCode;
import org.techsov.ingest.bom.LocalisationSources;
import org.techsov.ingest.reference.ReferenceDataLoader;

/** {@code techsov embargo}, end to end on the shipped examples. */
class EmbargoIT {
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  /** The JSON report of {@code techsov embargo ARGS --as-of 2026-03-01 --format json}. */
  private static JsonNode jsonInMarch(String... args) throws IOException {
    String[] run = concat(new String[] {"embargo"}, args);
    return json(CliRun.of(concat(run, "--as-of", MARCH.toString(), "--format", "json")));
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
    return out;
  }

  private static EmbargoAnalysis examples() {
    List<Bom> boms = new ArrayList<>();
    LocalisationSources.BUILT_IN_EXAMPLES.forEach(n -> boms.add(LocalisationSources.bom(n)));
    return new EmbargoAnalysis(BomSupplyGraph.of(boms, LocalisationSources.defaultCurrencies()));
  }

  /** The coalition's members on the date, with Taiwan, as the core test spells them out. */
  private static Set<CountryCode> coalitionAndTaiwan(LocalDate date) {
    Set<CountryCode> out =
        new TreeSet<>(ReferenceDataLoader.builtIn().bloc("COALITION").membersOn(date));
    out.add(CountryCode.of("TWN"));
    return out;
  }

  private static List<String> labels(List<BlockedNode> nodes) {
    return nodes.stream().map(BlockedNode::label).toList();
  }

  @Test
  void theCoalitionPlusTaiwanStopsFourOfTheSixExamplesInMarch() {
    CliRun run =
        CliRun.of("embargo", "--examples", "--cut", "COALITION,TW", "--as-of", "2026-03-01");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // 6.0 M (chip) + 60.0 M (laptop) + 67.5 M (ECU) + 600.0 M (2018 airliner) of 1403.5 M
    assertThat(run.out())
        .startsWith(
            "COALITION+TW: 4 of 6 end products blocked as of 2026-03-01; value at risk 733.5 M"
                + " USD a year of 1.40 bn (52.3%)")
        .containsPattern("microcontroller/MCU-32 +6.0 M +<- .*needs microcontroller/DIE-32")
        .containsPattern(
            "microcontroller/DIE-32 +1.38 +<- Foundry TW \\(illustrative\\) \\(TWN\\):"
                + " TWN cut; alt DIE-32-CN .*not qualified until 2026-07-01")
        .containsPattern("laptop/CPU +225.00 +<- .*\\(TWN\\): TWN cut")
        .contains("Single points of failure in the products still made")
        .containsPattern(
            "airliner-ms21/INTERIOR <- Interiors maker CN \\(illustrative\\) \\(CHN\\)"
                + " +source +CHN");
  }

  @Test
  void jsonCarriesExactlyWhatTheCoreAnalysisFinds() throws IOException {
    JsonNode doc = jsonInMarch("--examples", "--cut", "COALITION,TW", "--vs", "+CN");
    EmbargoAnalysis analysis = examples();
    Set<CountryCode> cut = coalitionAndTaiwan(MARCH);
    Set<CountryCode> wider = new TreeSet<>(cut);
    wider.add(CountryCode.of("CHN"));
    EmbargoScenario a = new EmbargoScenario("a", cut, Set.of(), null);
    EmbargoScenario b = new EmbargoScenario("b", wider, Set.of(), null);
    EmbargoReport expected = analysis.run(a, MARCH);
    List<SinglePoint> points = analysis.singlePointsOfFailure(a, MARCH);
    ScenarioComparison diff = analysis.compare(a, b, MARCH);

    JsonNode s = doc.get("scenario");
    assertThat(doc.get("asOf").asText()).isEqualTo("2026-03-01");
    assertThat(doc.get("currency").asText()).isEqualTo("USD");
    assertThat(doc.get("productCount").asInt()).isEqualTo(6);
    assertThat(s.get("name").asText()).isEqualTo("COALITION+TW");
    assertThat(texts(s.get("countries"), null))
        .containsExactlyElementsOf(cut.stream().map(CountryCode::alpha3).toList());
    assertThat(s.get("valueAtRisk").asDouble()).isEqualTo(expected.valueAtRisk());
    assertThat(s.get("totalValue").asDouble()).isEqualTo(expected.totalValue());
    assertThat(s.get("blockedProductCount").asInt()).isEqualTo(4);
    assertThat(texts(s.get("blockedProducts"), "label"))
        .containsExactlyElementsOf(labels(expected.blockedProducts()));
    assertThat(texts(s.get("partsWithoutSubstitute"), "label"))
        .containsExactlyElementsOf(labels(expected.partsWithoutSubstitute()));
    assertThat(texts(doc.get("singlePointsOfFailure"), "label"))
        .containsExactlyElementsOf(points.stream().map(SinglePoint::label).toList());
    JsonNode c = doc.get("comparison");
    assertThat(c.get("second").asText()).isEqualTo("COALITION+TW+CN");
    assertThat(texts(c.get("productsOnlySecond"), null))
        .containsExactlyElementsOf(diff.productsOnlySecond())
        .containsExactly("airliner-ms21/NB-AIRLINER", "laptop-rebadged/LAPTOP-RB");
    assertThat(texts(c.get("partsOnlySecond"), null))
        .containsExactlyElementsOf(diff.partsOnlySecond());
    // 600 M for the redesigned airliner (12 a year x 50 M) + 70 M for the rebadged laptop
    assertThat(c.get("valueAtRiskDelta").asDouble())
        .isEqualTo(diff.valueAtRiskDelta())
        .isCloseTo(670e6, offset(1e-3));
    assertThat(doc.get("vs").get("blockedProductCount").asInt()).isEqualTo(6);
  }

  @Test
  void alpha2AndAlpha3CodesGiveTheSameReport() throws IOException {
    JsonNode alpha2 = jsonInMarch("--examples", "--cut", "us,EU27,JP,KR,TW");
    JsonNode alpha3 = jsonInMarch("--examples", "--cut", "USA,EU27,JPN,KOR,TWN");
    assertThat(alpha2.get("scenario").get("name").asText()).isEqualTo("US+EU27+JP+KR+TW");
    ((ObjectNode) alpha2.get("scenario")).remove("name");
    ((ObjectNode) alpha3.get("scenario")).remove("name");
    assertThat(alpha2).isEqualTo(alpha3);
    assertThat(alpha2.get("scenario").get("countries")).hasSize(27 + 4);
  }

  @Test
  void aVsScenarioWithoutPlusStandsOnItsOwn() throws IOException {
    JsonNode doc = jsonInMarch("microcontroller", "laptop-rebadged", "--cut", "TW", "--vs", "CN");
    assertThat(texts(doc.get("vs").get("countries"), null)).containsExactly("CHN");
    assertThat(texts(doc.get("scenario").get("blockedProducts"), "label"))
        .containsExactly("microcontroller/MCU-32");
    // China alone stops the rebadged laptop (its kit) and the chip too: its mould compound has
    // no second source
    JsonNode diff = doc.get("comparison");
    assertThat(texts(diff.get("productsOnlySecond"), null))
        .containsExactly("laptop-rebadged/LAPTOP-RB");
    assertThat(texts(diff.get("productsInBoth"), null)).containsExactly("microcontroller/MCU-32");
    assertThat(texts(diff.get("productsOnlyFirst"), null)).isEmpty();
    assertThat(texts(diff.get("partsOnlySecond"), null))
        .contains("laptop-rebadged/LAPTOP-KIT", "microcontroller/MOLD-COMPOUND");
  }

  @Test
  void aSubstituteQualifiedLaterRescuesThePartFromThatDate() throws IOException {
    String[] cut = {"embargo", "microcontroller", "--suppliers", "foundry tw (illustrative)"};
    JsonNode march = json(CliRun.of(concat(cut, "--as-of", "2026-03-01", "--format", "json")));
    JsonNode september = json(CliRun.of(concat(cut, "--as-of", "2026-09-01", "--format", "json")));
    assertThat(texts(march.get("scenario").get("suppliers"), null))
        .containsExactly("Foundry TW (illustrative)");
    assertThat(march.get("scenario").get("blockedProductCount").asInt()).isEqualTo(1);
    assertThat(september.get("scenario").get("blockedProductCount").asInt()).isZero();
  }

  @Test
  void aCutFromALaterDateStopsNothingBeforeIt() throws IOException {
    JsonNode doc = jsonInMarch("--examples", "--cut", "COALITION", "--from", "2027-01-01");
    assertThat(doc.get("scenario").get("from").asText()).isEqualTo("2027-01-01");
    assertThat(doc.get("scenario").get("blockedProductCount").asInt()).isZero();
    assertThat(doc.get("scenario").get("valueAtRisk").asDouble()).isZero();
  }

  @Test
  void csvListsEveryFindingOnePerRow() throws IOException {
    CliRun run =
        CliRun.of(
            "embargo",
            "--examples",
            "--cut",
            "COALITION,TW",
            "--as-of",
            "2026-03-01",
            "--vs",
            "+CN",
            "--format",
            "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CsvRecord> rows = CsvReader.builder().ofCsvRecord(run.out()).stream().toList();
    assertThat(rows.get(0).getFields())
        .containsExactly("scenario", "section", "label", "value", "detail");
    assertThat(rows.stream().filter(r -> r.getField(1).equals("blocked_product")))
        .extracting(r -> r.getField(0) + " " + r.getField(2))
        .contains(
            "COALITION+TW microcontroller/MCU-32", "COALITION+TW+CN airliner-ms21/NB-AIRLINER")
        .hasSize(4 + 6);
    assertThat(rows.stream().filter(r -> r.getField(1).equals("value_at_risk")))
        .extracting(r -> Double.parseDouble(r.getField(3)))
        .containsExactly(733.5e6, 1403.5e6);
  }

  @Test
  void unknownCountriesInTheCutExitTwoNamingEachOne() {
    CliRun run = CliRun.of("embargo", "laptop", "--cut", "US,XX,EU27,QQQ");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--cut: unknown countries or blocs 'XX', 'QQQ'");
    CliRun vs = CliRun.of("embargo", "laptop", "--cut", "US", "--vs", "+CNN");
    assertThat(vs.exitCode()).isEqualTo(2);
    assertThat(vs.err()).contains("--vs: unknown country or bloc 'CNN'");
  }

  @Test
  void anUnknownSupplierOrNoBillOrNoCutExitsTwo() {
    CliRun supplier = CliRun.of("embargo", "laptop", "--suppliers", "Nobody Ltd");
    assertThat(supplier.exitCode()).isEqualTo(2);
    assertThat(supplier.err())
        .contains("no item or substitute of the bills is made by 'Nobody Ltd'");
    assertThat(CliRun.of("embargo", "--cut", "US").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("embargo", "laptop").exitCode()).isEqualTo(2);
  }

  @Test
  void aBillWithACycleExitsThreeNamingTheLine() throws IOException {
    Path bill = dir.resolve("loop.csv");
    Files.writeString(
        bill,
        """
        parent,part,quantity,unit_value,currency,origin
        ,ECU,1,18000,RUB,RUS
        ECU,PCBA,1,11000,RUB,RUS
        PCBA,MCU,1,3500,RUB,DEU
        MCU,PCBA,1,,,
        """);
    CliRun run = CliRun.of("embargo", bill.toString(), "--cut", "DE");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).containsPattern("loop.csv line [45], field 'parent': cycle ");
  }

  @Test
  void aMalformedDateExitsTwo() {
    CliRun run = CliRun.of("embargo", "laptop", "--cut", "US", "--as-of", "2026-02-30");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'--as-of'").contains("not a date: '2026-02-30'");
  }

  private static String[] concat(String[] head, String... tail) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(tail));
    return all.toArray(String[]::new);
  }
}
