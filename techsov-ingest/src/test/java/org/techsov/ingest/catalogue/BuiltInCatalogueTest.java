package org.techsov.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.LocatedFigure;
import org.techsov.core.programme.Source;

class BuiltInCatalogueTest {
  @Test
  void seedsCatalogueLoadsWithTheProgrammesTheIssueNames() {
    Catalogue c = BuiltInCatalogue.seeds();
    assertThat(c.programmes())
        .extracting(p -> p.id())
        .containsExactly("mir-cards", "max-messenger", "domestic-processors", "state-software");
    assertThat(c.figure("mir-users-2021").orElseThrow().figure().value()).isEqualTo(42.0);
    assertThat(c.figure("max-mau-2025").orElseThrow().figure().value()).isEqualTo(48.0);
    assertThat(c.figure("whatsapp-mau-2025").orElseThrow().figure().value()).isEqualTo(96.0);
    assertThat(c.figure("state-software-foreign-2021").orElseThrow().figure().value())
        .isEqualTo(90.0);
    assertThat(c.programme("domestic-processors").series().get(0).targets().get(0).level())
        .isEqualTo(70.0);
    assertThat(c.technology("microelectronics").targets().get(0).level()).isEqualTo(14.0);
  }

  @Test
  void everyFigureHasADeclaredSourceAndAQuote() {
    Catalogue c = BuiltInCatalogue.all();
    assertThat(c.figures()).hasSizeGreaterThan(90);
    for (LocatedFigure f : c.figures()) {
      assertThat(f.figure().citation()).as(f.item()).isNotNull();
      assertThat(c.source(f.figure().citation().source())).as(f.item()).isPresent();
      assertThat(f.figure().citation().quote()).as(f.item()).isNotBlank();
    }
  }

  @Test
  void vendorExampleLoadsOnItsOwn() {
    Catalogue v = BuiltInCatalogue.vendorReplacements();
    assertThat(v.replacements()).hasSize(20);
    // the categories' product counts add up to the 338 rows of the source catalogue
    assertThat(v.replacements().stream().mapToInt(r -> r.productCount()).sum()).isEqualTo(338);
    assertThat(v.replacements().get(0).foreignVendors()).contains("VMware");
    assertThat(v.programmes()).isEmpty();
  }

  /**
   * Quotes from the seed articles must appear in them word for word (whitespace aside): a figure's
   * quote is the evidence that the source says it.
   */
  @Test
  void seedQuotesAppearVerbatimInTheSeedFiles() throws IOException {
    Catalogue c = BuiltInCatalogue.seeds();
    Map<String, String> seedText = new HashMap<>();
    for (Source s : c.sources()) {
      String file = s.location().startsWith("shared/seeds/") ? s.location().substring(13) : null;
      if (s.id().equals("mt-2021")) {
        file = "003_0e1252bcba2edb13.txt";
      }
      if (file != null) {
        seedText.put(
            s.id(),
            normalise(
                Files.readString(
                    SharedSeeds.dir().toPath().resolve(file), StandardCharsets.UTF_8)));
      }
    }
    assertThat(seedText).hasSize(5);
    int checked = 0;
    for (LocatedFigure f : c.figures()) {
      String text = seedText.get(f.figure().citation().source());
      if (text != null) {
        assertThat(text).as(f.item()).contains(normalise(f.figure().citation().quote()));
        checked++;
      }
    }
    for (var claim : c.claims()) {
      String text = seedText.get(claim.said().citation().source());
      if (text != null) {
        assertThat(text).as(claim.id()).contains(normalise(claim.said().citation().quote()));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").replace("**", "");
  }
}
