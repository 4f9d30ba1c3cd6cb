package org.techsov.ingest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Catalogue;

class CatalogueReaderErrorTest {
  private static final String HEAD =
      """
      format: techsov-catalogue/1
      sources:
        - id: src
          title: A report
          publisher: A publisher
          location: https://example.org
      """;

  private static Catalogue read(String yaml) {
    return CatalogueReader.read(new StringReader(yaml), "test.yaml");
  }

  private static ErrorCode code(Throwable e) {
    return ((TechsovException) e).code();
  }

  @Test
  void figureWithoutSourceIsRejectedWithFileLineAndItem() {
    String yaml =
        HEAD
            + """
            programmes:
              - id: mir-cards
                name: Mir
                country: RUS
                series:
                  - id: card-share
                    subject: Mir
                    metric: share
                    unit: "%"
                    shape: share-rising
                    observations:
                      - date: 2020
                        value: 30
                        source: src
                        quote: thirty
                      - date: 2021
                        value: 32.5
            """;
    assertThatThrownBy(() -> read(yaml))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.MALFORMED_FILE))
        .hasMessageContaining(
            "test.yaml:22: programme mir-cards, series card-share, observation 2: figure has no source");
  }

  @Test
  void badNumberNamesFileLineItemAndField() {
    String yaml =
        HEAD
            + """
            facts:
              - id: f
                label: a fact
                value: forty-two
                unit: "%"
                source: src
                quote: q
            """;
    assertThatThrownBy(() -> read(yaml))
        .hasMessage("test.yaml:10: facts[1], field 'value': expected a number, got 'forty-two'");
  }

  @Test
  void unknownFieldIsRejectedNotIgnored() {
    String yaml =
        HEAD + "facts:\n  - id: f\n    label: x\n    value: 1\n    unit: u\n    sorce: src\n";
    assertThatThrownBy(() -> read(yaml))
        .hasMessageStartingWith("test.yaml:12: facts[1], field 'sorce': unknown field");
  }

  @Test
  void badDateAndKeywordNameTheField() {
    String date =
        HEAD + "facts:\n  - id: f\n    label: x\n    value: 1\n    unit: u\n    date: late 2025\n";
    assertThatThrownBy(() -> read(date))
        .hasMessageStartingWith("test.yaml:12: facts[1], field 'date': not a date: 'late 2025'");
    String keyword =
        HEAD
            + "facts:\n  - id: f\n    label: x\n    value: 1\n    unit: u\n    qualifier: roughly\n";
    assertThatThrownBy(() -> read(keyword))
        .hasMessage(
            "test.yaml:12: facts[1], field 'qualifier': expected one of [exact, about, more-than, less-than, range], got 'roughly'");
  }

  @Test
  void missingFieldAndWrongShapeAreReported() {
    assertThatThrownBy(() -> read(HEAD + "programmes:\n  - name: x\n"))
        .hasMessage("test.yaml:8: programmes[1], field 'id': missing");
    assertThatThrownBy(() -> read(HEAD + "facts: 3\n"))
        .hasMessage("test.yaml:7: , field 'facts': expected a list, found a scalar");
  }

  @Test
  void syntaxErrorsDuplicateKeysAndEmptyFilesAreReported() {
    assertThatThrownBy(() -> read("sources: [unclosed\n"))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.MALFORMED_FILE))
        .hasMessageStartingWith("test.yaml:1: not valid YAML: while parsing a flow sequence")
        .hasMessageContaining("expected ',' or ']'");
    assertThatThrownBy(() -> read("facts: []\nfacts: []\n"))
        .hasMessage("test.yaml:2: field 'facts' appears twice");
    assertThatThrownBy(() -> read(""))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.EMPTY_FILE));
    assertThatThrownBy(() -> read("format: other/2\n"))
        .hasMessageContaining("this reader knows 'techsov-catalogue/1'");
  }

  @Test
  void missingFileIsNotFound() {
    assertThatThrownBy(() -> CatalogueReader.read(Path.of("no-such-catalogue.yaml")))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ErrorCode.FILE_NOT_FOUND));
  }

  @Test
  void allValidationProblemsAreReportedTogether() {
    String yaml =
        HEAD
            + """
            facts:
              - id: a
                label: x
                value: 1
                unit: u
                source: ghost
                quote: q
              - id: a
                label: y
                value: 2
                unit: u
            """;
    assertThatThrownBy(() -> read(yaml))
        .hasMessageContaining("3 problem(s)")
        .hasMessageContaining(
            "test.yaml:8: fact #1 a: cites source 'ghost', which the catalogue does not declare")
        .hasMessageContaining("test.yaml:14: fact #2 a: figure has no source")
        .hasMessageContaining("test.yaml:14: fact #2 a: figure id 'a' is used twice");
  }
}
