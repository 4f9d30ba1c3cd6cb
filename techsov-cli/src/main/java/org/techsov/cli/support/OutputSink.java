package org.techsov.cli.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Writes a rendered report to standard output, or to a file with a one-line receipt; and renders
 * the text, CSV and JSON the reports are made of into strings.
 */
public final class OutputSink {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private OutputSink() {}

  /**
   * Prints {@code text}, or writes it to {@code file} (UTF-8, creating missing folders) and prints
   * {@code "wrote <what> to <file>"}.
   */
  public static void write(String text, Path file, String what, PrintWriter out) {
    if (file != null) {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        try {
          Files.createDirectories(parent);
        } catch (IOException e) {
          throw cannotWrite(file, e);
        }
      }
    }
    writeToExistingFolder(text, file, what, out);
  }

  /** As {@link #write}, but a missing folder of {@code file} is an error rather than created. */
  public static void writeToExistingFolder(String text, Path file, String what, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    writeFile(file, text);
    out.println("wrote " + what + " to " + file);
    out.flush();
  }

  /** Writes {@code text} to {@code file} in UTF-8; a failure is an I/O error naming the file. */
  public static void writeFile(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  private static TechsovException cannotWrite(Path file, IOException e) {
    return new TechsovException(ErrorCode.IO_FAILURE, "cannot write " + file + ": " + e, e);
  }

  /** What {@code body} prints, as a string. */
  public static String text(Consumer<PrintWriter> body) {
    StringWriter sw = new StringWriter();
    PrintWriter w = new PrintWriter(sw);
    body.accept(w);
    w.flush();
    return sw.toString();
  }

  /** The CSV records {@code body} writes, as a string. */
  public static String csv(Consumer<CsvWriter> body) {
    StringWriter sw = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().build((Writer) sw)) {
      body.accept(w);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return sw.toString();
  }

  /** Indented JSON of maps, lists and scalars, ending with a newline. */
  public static String json(Object document) {
    try {
      return JSON.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON", e);
    }
  }

  /** A finite number, or {@code null} (JSON has no NaN). */
  public static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
