package org.techsov.cli.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/** Writes a rendered report to standard output, or to a file with a one-line receipt. */
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
