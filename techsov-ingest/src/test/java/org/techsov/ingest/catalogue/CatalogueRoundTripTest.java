package org.techsov.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.programme.Catalogue;
import org.techsov.core.programme.Citation;
import org.techsov.core.programme.Figure;
import org.techsov.core.programme.Qualifier;
import org.techsov.core.programme.Quantity;
import org.techsov.core.programme.ReportedDate;
import org.techsov.core.programme.Source;

class CatalogueRoundTripTest {
  @Test
  void exportedCatalogueReadsBackEqual() {
    Catalogue original = BuiltInCatalogue.all();
    String yaml = CatalogueWriter.toYaml(original);
    Catalogue back = CatalogueReader.read(new StringReader(yaml), "export.yaml");
    assertThat(back).isEqualTo(original);
    // and writing it again gives the same text
    assertThat(CatalogueWriter.toYaml(back)).isEqualTo(yaml);
  }

  @Test
  void writesAndReadsFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("catalogue.yaml");
    CatalogueWriter.write(BuiltInCatalogue.seeds(), file);
    assertThat(Files.readString(file)).startsWith("# techsov catalogue");
    assertThat(CatalogueReader.read(file)).isEqualTo(BuiltInCatalogue.seeds());
    StringWriter out = new StringWriter();
    CatalogueWriter.write(BuiltInCatalogue.vendorReplacements(), out);
    assertThat(out.toString()).contains("category: virtualisation");
  }

  @Test
  void rangesQualifiersAndDerivedNotesSurvive() {
    Catalogue c = BuiltInCatalogue.seeds();
    Catalogue back = CatalogueReader.read(new StringReader(CatalogueWriter.toYaml(c)), "x.yaml");
    var fund = back.figure("diamond-fund-size").orElseThrow().figure();
    assertThat(fund.quantity().toString()).isEqualTo("30-50 technologies");
    assertThat(back.series("mir-cards/cards-in-issue").orElseThrow().marketBound().note())
        .startsWith("derived");
  }

  @Test
  void anyFigureSurvivesTheRoundTrip() {
    Source source = new Source("s", "T", null, "P", null, "https://example.org");
    qt().forAll(
            doubles().between(-1e12, 1e12),
            integers().between(0, Qualifier.values().length - 1),
            integers().between(1900, 2150),
            strings().basicLatinAlphabet().ofLengthBetween(1, 40))
        .checkAssert(
            (value, q, year, text) -> {
              Qualifier qualifier = Qualifier.values()[q];
              double upper =
                  qualifier == Qualifier.RANGE ? value + Math.abs(value) + 1 : Double.NaN;
              Figure f =
                  new Figure(
                      "f",
                      "label " + text,
                      new Quantity(value, upper, qualifier, "u " + text.trim()),
                      ReportedDate.parse(Integer.toString(year)),
                      new Citation("s", "quote: " + text),
                      text.isBlank() ? null : text.trim());
              Catalogue c =
                  new Catalogue(
                      List.of(source), List.of(f), List.of(), List.of(), List.of(), List.of());
              Catalogue back =
                  CatalogueReader.read(new StringReader(CatalogueWriter.toYaml(c)), "p.yaml");
              assertThat(back).isEqualTo(c);
            });
  }
}
