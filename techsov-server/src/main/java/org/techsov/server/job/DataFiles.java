package org.techsov.server.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Files a job may read: a file under the configured data folder, named by a relative path that
 * stays inside it (no absolute paths, no {@code ..}, no links out), or an upload saved under the
 * work folder with a checked name and size.
 */
public final class DataFiles {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]{1,200}");

  private DataFiles() {}

  /** Resolves {@code relative} inside {@code dataDir}, refusing anything that would leave it. */
  public static Path resolve(Optional<Path> dataDir, String relative) {
    Path root =
        dataDir.orElseThrow(
            () ->
                new TechsovException(
                    ErrorCode.PATH_NOT_ALLOWED,
                    "ingest by path is not enabled: start the server with --data-dir DIR"));
    String r = relative.replace('\\', '/');
    if (r.isEmpty() || r.startsWith("/") || r.contains(":")) {
      throw notAllowed(relative, "an absolute path");
    }
    for (String seg : r.split("/")) {
      if (seg.equals("..") || seg.equals(".") || !SEGMENT.matcher(seg).matches()) {
        throw notAllowed(
            relative, "a path with '" + org.techsov.server.http.Params.clip(seg) + "'");
      }
    }
    try {
      Path realRoot = root.toRealPath();
      Path p = realRoot.resolve(r).normalize();
      if (!p.startsWith(realRoot)) {
        throw notAllowed(relative, "a path outside the data folder");
      }
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p)) {
        throw new TechsovException(
            ErrorCode.FILE_NOT_FOUND, "no file '" + r + "' in the data folder");
      }
      if (!p.toRealPath().startsWith(realRoot)) {
        throw notAllowed(relative, "a link that leads outside the data folder");
      }
      return p;
    } catch (IOException e) {
      throw new TechsovException(
          ErrorCode.FILE_NOT_FOUND, "no file '" + r + "' in the data folder", e);
    }
  }

  /** Checks an upload's file name: letters, digits, dot, dash, underscore; a CSV or gzip file. */
  public static String checkName(String name) {
    if (!NAME.matcher(name).matches()
        || !name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(csv|gz)")) {
      throw TechsovException.invalidArgument(
          "file name '"
              + org.techsov.server.http.Params.clip(name)
              + "' must consist of letters, digits, '.', '-' and '_' and end in .csv or .gz, e.g."
              + " BACI_HS17_Y2022_V202501.csv");
    }
    return name;
  }

  /**
   * Saves an upload to {@code target}, refusing more than {@code max} bytes (the partial file is
   * removed).
   */
  public static long save(InputStream in, Path target, long max) {
    long n = 0;
    try {
      Files.createDirectories(target.getParent());
      try (OutputStream out = Files.newOutputStream(target)) {
        byte[] buf = new byte[1 << 16];
        for (int r; (r = in.read(buf)) > 0; ) {
          n += r;
          if (n > max) {
            throw tooLarge(max);
          }
          out.write(buf, 0, r);
        }
      }
      if (n == 0) {
        throw new TechsovException(ErrorCode.EMPTY_FILE, "the upload is empty");
      }
      return n;
    } catch (IOException e) {
      deleteQuietly(target);
      throw new TechsovException(ErrorCode.IO_FAILURE, "cannot save the upload: " + e, e);
    } catch (RuntimeException e) {
      deleteQuietly(target);
      throw e;
    }
  }

  public static TechsovException tooLarge(long max) {
    return new TechsovException(
        ErrorCode.UPLOAD_TOO_LARGE,
        "the upload is larger than the server's limit of "
            + max
            + " bytes; ingest large files by path (--data-dir) or from the command line");
  }

  public static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort: a left-over file in the work folder is harmless
    }
  }

  private static TechsovException notAllowed(String raw, String what) {
    return new TechsovException(
        ErrorCode.PATH_NOT_ALLOWED,
        "path '"
            + org.techsov.server.http.Params.clip(raw)
            + "' refused: "
            + what
            + " is not allowed; give a path relative to the data folder");
  }
}
