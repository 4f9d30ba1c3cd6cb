package org.techsov.cli.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an ISO 8601 calendar date ({@code 2026-01-01}); anything else is a usage error (exit 2)
 * naming the expected form.
 */
public final class IsoDateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "not a date: '" + value + "' (expected YYYY-MM-DD, e.g. 2026-01-01)");
    }
  }
}
