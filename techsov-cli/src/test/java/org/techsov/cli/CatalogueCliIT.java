package org.techsov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.ingest.catalogue.BuiltInCatalogue;
import org.techsov.ingest.catalogue.CatalogueReader;

/** The catalogue commands on the embedded store: import, export, list and programme show. */
class CatalogueCliIT {
  @TempDir Path dir;

  private String db() {
    return dir.resolve("c.duckdb").toString();
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = db();
    return CliRun.of(all);
  }

  @Test
  void anEmptyStoreIsGivenTheBuiltInCatalogueOnFirstUse() {
    CliRun r = run("catalogue", "list");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("was empty; loaded the built-in catalogue (32 sources");
    assertThat(r.out())
        .contains("programmes:", "technologies:", "claims:")
        .contains("mir-cards", "Mir <- Visa, Mastercard")
        .contains("max-messenger", "microelectronics", "kse-china-share");
    CliRun again = run("catalogue", "list", "--kind", "claims");
    assertThat(again.err()).doesNotContain("loaded the built-in catalogue");
    assertThat(again.out())
        .contains("binbank-mir-share", "mir-cards/card-share >= 40")
        .doesNotContain("programmes:", "Mir <- Visa");
  }

  @Test
  void anUnknownKindIsAUserError() {
    CliRun r = run("catalogue", "list", "--kind", "widgets");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown kind 'widgets' (use programmes, technologies or claims)");
  }

  @Test
  void exportThenReplacingImportRoundTripsTheCatalogue() throws Exception {
    Path file = dir.resolve("export.yaml");
    CliRun export = run("catalogue", "export", "--out", file.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out()).contains("wrote the catalogue of store", "to " + file);
    assertThat(CatalogueReader.read(file)).isEqualTo(BuiltInCatalogue.all());

    Path seeds = dir.resolve("seeds.yaml");
    org.techsov.ingest.catalogue.CatalogueWriter.write(BuiltInCatalogue.seeds(), seeds);
    CliRun replace = run("catalogue", "import", "--replace", seeds.toString());
    assertThat(replace.exitCode()).as(replace.err()).isZero();
    assertThat(replace.out())
        .contains("replaced the catalogue of store")
        .contains("the catalogue now holds 31 sources, 30 facts, 1 technologies, 4 programmes,")
        .contains("0 vendor replacements");

    Path again = dir.resolve("again.yaml");
    run("catalogue", "export", "--out", again.toString());
    assertThat(CatalogueReader.read(again)).isEqualTo(BuiltInCatalogue.seeds());
  }

  @Test
  void importMergesByIdAndTheNewProgrammeCanBeShown() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("sbp.yaml"),
            """
            sources:
              - id: cbr-sbp-2024
                title: "Faster Payments System statistics"
                publisher: "Bank of Russia"
                date: 2024
                location: "https://www.cbr.ru/eng/psystem/sfp/"
            programmes:
              - id: sbp-payments
                name: "Faster Payments System replacing card schemes for transfers"
                country: RUS
                incumbents: [Visa, Mastercard]
                substitutes: [SBP]
                series:
                  - id: transfers
                    subject: SBP
                    metric: "transfers, bn a year"
                    unit: bn
                    shape: level
                    observations:
                      - date: 2023
                        value: 9.6
                        source: cbr-sbp-2024
                        quote: "9.6 billion transactions"
            """);
    CliRun r = run("catalogue", "import", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("read 1 file(s): 1 sources, 0 facts, 0 technologies, 1 programmes")
        .contains("merged by id into store")
        .contains("the catalogue now holds 33 sources, 30 facts, 1 technologies, 5 programmes");
    CliRun show = run("programme", "show", "sbp-payments");
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out())
        .contains("sbp-payments: Faster Payments System replacing card schemes")
        .contains("- 2023  9.6 bn  [cbr-sbp-2024] \"9.6 billion transactions\"")
        .contains("cbr-sbp-2024: Faster Payments System statistics, Bank of Russia, 2024");
    // importing the same file again replaces the programme in place: still five programmes
    CliRun twice = run("catalogue", "import", file.toString());
    assertThat(twice.out()).contains("5 programmes");
  }

  @Test
  void malformedYamlNamesTheFileAndLineAndChangesNothing() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "sources:\n  - id: x\n    title: [unclosed\n    publisher: P\n");
    CliRun r = run("catalogue", "import", bad.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .containsPattern("bad\\.yaml:\\d+: not valid YAML: while parsing a flow sequence");
    Path unsourced =
        Files.writeString(
            dir.resolve("unsourced.yaml"),
            """
            facts:
              - id: no-source
                label: "a figure without a source"
                value: 42
                unit: "%"
                date: 2024
            """);
    CliRun u = run("catalogue", "import", unsourced.toString());
    assertThat(u.exitCode()).isEqualTo(3);
    assertThat(u.err())
        .contains("unsourced.yaml:2:")
        .contains("figure has no source; every figure needs a source and a quote");
    CliRun list = run("catalogue", "list", "--kind", "programmes");
    assertThat(list.out()).doesNotContain("no-source");
  }

  @Test
  void aMissingFileIsNotFound() {
    CliRun r = run("catalogue", "import", dir.resolve("nowhere.yaml").toString());
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.err()).contains("catalogue file not found").contains("nowhere.yaml");
  }

  @Test
  void programmeShowQuotesEveryObservationWithItsSource() {
    CliRun r = run("programme", "show", "mir-cards");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("mir-cards: National payment card Mir replacing Visa and Mastercard (RUS)")
        .contains("replaces Visa, Mastercard with Mir")
        .contains("series card-share (headline)")
        .contains("- 2023-09-30  51.6%  [rozetked-2023]")
        .contains("- cbr-2023: >= 27-30% by 2023, set by Bank of Russia")
        .contains("[bisjournal-2021-11-11] \"К 2023 году её планируется увеличить до 27–30%.\"")
        .contains("sources:")
        .contains("rozetked-2023: ");
  }

  @Test
  void anUnknownProgrammeIsNotFoundAndTheKnownOnesAreListed() {
    CliRun r = run("programme", "show", "sbp-payments");
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.err())
        .contains("no programme 'sbp-payments'")
        .contains("known: mir-cards, max-messenger, domestic-processors, state-software");
  }

  @Test
  void theRegistryCanBeForcedBackToTheStoreFile() throws Exception {
    Path cfg =
        Files.writeString(
            dir.resolve("techsov.yaml"), "registry: postgres://nobody@127.0.0.1:1/techsov\n");
    CliRun r =
        CliRun.of(
            "catalogue",
            "list",
            "--config",
            cfg.toString(),
            "--registry",
            "embedded",
            "--db",
            db());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("mir-cards");
  }

  @Test
  void theJsonOfAForecastIsMachineReadable() throws Exception {
    CliRun r =
        run("forecast", "mir-cards", "--target", "2026", "--format", "json", "--resamples", "200");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("series").asText()).isEqualTo("card-share");
    assertThat(doc.get("fan")).hasSize(4);
    assertThat(doc.get("models").get(0).get("chosen").asBoolean()).isTrue();
    assertThat(doc.get("bootstrap").get("requested").asInt()).isEqualTo(200);
  }
}
