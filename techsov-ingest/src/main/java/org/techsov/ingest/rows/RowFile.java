package org.techsov.ingest.rows;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * A data file to import: its path, size and SHA-256, opened plain or gzip-decompressed (told by its
 * first bytes, not its name).
 *
 * @param path where it is
 * @param checksum SHA-256 of its bytes, lower-case hex
 * @param sizeBytes its size
 */
public record RowFile(Path path, String checksum, long sizeBytes) {
  public String fileName() {
    return path.getFileName().toString();
  }

  /** Reads the file once to checksum it; a not-found error names the path. */
  public static RowFile of(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "file not found: " + path);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha256())) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) >= 0) {
        // reading feeds the digest
      }
      String hex = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
      return new RowFile(path, hex, Files.size(path));
    } catch (NoSuchFileException e) {
      throw new TechsovException(ErrorCode.FILE_NOT_FOUND, "file not found: " + path, e);
    } catch (IOException e) {
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot read " + path + ": " + e, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** The file's bytes, decompressed when it is gzip. */
  public InputStream open() throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
