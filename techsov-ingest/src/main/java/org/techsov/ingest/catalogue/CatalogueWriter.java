package org.techsov.ingest.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.programme.Catalogue;

/**
 * Writes a catalogue as YAML that {@link CatalogueReader} reads back to an equal catalogue. Field
 * order follows the format document; empty lists and absent values are left out.
 */
public final class CatalogueWriter {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private CatalogueWriter() {}

  /** The catalogue as YAML text. */
  public static String toYaml(Catalogue catalogue) {
    try {
      return "# techsov catalogue; format: docs/formats/catalogue.md\n"
          + YAML.writeValueAsString(CatalogueEncoder.encode(catalogue));
    } catch (JsonProcessingException e) {
      throw new TechsovException(
          ErrorCode.INTERNAL_ERROR, "cannot write the catalogue: " + e.getMessage(), e);
    }
  }

  public static void write(Catalogue catalogue, Writer out) {
    try {
      out.write(toYaml(catalogue));
      out.flush();
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, "cannot write the catalogue: " + e.getMessage(), e);
    }
  }

  public static void write(Catalogue catalogue, Path file) {
    try {
      Files.writeString(file, toYaml(catalogue), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.IO_FAILURE, "cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
