package org.techsov.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.programme.Catalogue;

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
}
