package org.techsov.ingest.baci;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;

/**
 * Checks that a file is a BACI-layout CSV before anything is loaded: it exists, is not empty, has
 * the header {@code t,i,j,k,v,q} and at least one data row; and computes its checksum.
 */
public final class BaciFileInspector {
  /** The BACI columns: year, exporter, importer, HS6 product, value (k USD), quantity (t). */
  public static final String HEADER = "t,i,j,k,v,q";

  private BaciFileInspector() {}

  public static BaciFile inspect(Path path, ProgressListener progress) {
    if (!Files.isRegularFile(path)) {
      throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "file not found: " + path);
    }
    try {
      long size = Files.size(path);
      if (size == 0) {
        throw new TechsovException(ErrorCode.EMPTY_FILE, path + ": the file is empty (0 bytes)");
      }
      boolean gzip = isGzip(path);
      checkHeaderAndFirstRow(path, gzip);
      KeyOrderScanner order = new KeyOrderScanner();
      String checksum = sha256(path, size, gzip ? null : order, progress);
      return new BaciFile(path, size, gzip, checksum, !gzip && order.strictlyIncreasing());
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot read " + path + ": " + e, e);
    }
  }

  static boolean isGzip(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /** Opens the file's text, decompressing gzip. */
  static InputStream open(Path path, boolean gzip) throws IOException {
    InputStream raw = Files.newInputStream(path);
    return gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
  }

  private static void checkHeaderAndFirstRow(Path path, boolean gzip) throws IOException {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(open(path, gzip), StandardCharsets.UTF_8))) {
      String header = r.readLine();
      String normalised = normaliseHeader(header);
      if (!HEADER.equals(normalised)) {
        throw new TechsovException(
            ErrorCode.NOT_A_BACI_FILE,
            path
                + " line 1: not a BACI file: the header is '"
                + abbreviate(header)
                + "', expected '"
                + HEADER
                + "' (year, exporter, importer, product, value in thousand USD, quantity in"
                + " tonnes)");
      }
      String line;
      do {
        line = r.readLine();
      } while (line != null && line.isBlank());
      if (line == null) {
        throw new TechsovException(
            ErrorCode.EMPTY_FILE, path + ": the file has a header but no data rows");
      }
    } catch (java.io.EOFException | java.util.zip.ZipException e) {
      throw new TechsovException(
          ErrorCode.MALFORMED_FILE,
          path + ": the compressed (gzip) stream is truncated or corrupt: " + e.getMessage(),
          e);
    }
  }

  static String normaliseHeader(String header) {
    if (header == null) {
      return "";
    }
    String h = header.replace("\uFEFF", "").replace("\"", "").replace(" ", "").strip();
    return h.toLowerCase(Locale.ROOT);
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    String printable = s.replaceAll("[^\\x20-\\x7E]", "?");
    return printable.length() > 60 ? printable.substring(0, 60) + "..." : printable;
  }

  /** Digests the file's bytes, letting {@code order} (if any) read them on the way. */
  private static String sha256(
      Path path, long size, KeyOrderScanner order, ProgressListener progress) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always provides SHA-256", e);
    }
    byte[] buf = new byte[1 << 20];
    long done = 0;
    try (InputStream in = Files.newInputStream(path)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
        if (order != null) {
          order.accept(buf, 0, n);
        }
        done += n;
        progress.update("checksum", done, size);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
