package org.techsov.ingest.baci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;
import org.techsov.core.spi.ProgressListener;

class BaciFileInspectorTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static ErrorCode codeOf(Path p) {
    try {
      BaciFileInspector.inspect(p, ProgressListener.NONE);
      return null;
    } catch (TechsovException e) {
      return e.code();
    }
  }

  @Test
  void acceptsABaciFileAndChecksumsIt() throws IOException {
    Path p = write("BACI_HS17_Y2022_V1.csv", "t,i,j,k,v,q\n2022,4,8,010121,1.5,NA\n");
    BaciFile f = BaciFileInspector.inspect(p, ProgressListener.NONE);
    assertThat(f.gzip()).isFalse();
    assertThat(f.sizeBytes()).isEqualTo(Files.size(p));
    // sha256 of the bytes above, computed independently with sha256sum
    assertThat(f.checksum()).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void acceptsQuotedHeadersAndAByteOrderMark() throws IOException {
    assertThat(
            codeOf(
                write("a.csv", "\uFEFF\"t\",\"i\",\"j\",\"k\",\"v\",\"q\"\n2022,4,8,010121,1,1\n")))
        .isNull();
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path p = write("empty.csv", "");
    assertThatThrownBy(() -> BaciFileInspector.inspect(p, ProgressListener.NONE))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("empty.csv")
        .hasMessageContaining("empty")
        .extracting(e -> ((TechsovException) e).code())
        .isEqualTo(ErrorCode.EMPTY_FILE);
  }

  @Test
  void refusesAHeaderWithoutRows() throws IOException {
    assertThat(codeOf(write("h.csv", "t,i,j,k,v,q\n\n"))).isEqualTo(ErrorCode.EMPTY_FILE);
  }

  @Test
  void refusesAFileThatIsNotBaciNamingLineOne() throws IOException {
    Path p = write("other.csv", "{\"json\": true}\n");
    assertThatThrownBy(() -> BaciFileInspector.inspect(p, ProgressListener.NONE))
        .hasMessageContaining("other.csv line 1")
        .hasMessageContaining("not a BACI file")
        .hasMessageContaining("t,i,j,k,v,q");
    assertThat(codeOf(write("cols.csv", "year,exporter,importer,product,value\n1,2,3,4,5\n")))
        .isEqualTo(ErrorCode.NOT_A_BACI_FILE);
  }

  @Test
  void detectsGzipByContent() throws IOException {
    Path p = dir.resolve("flows.csv");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
      o.write("t,i,j,k,v,q\n2022,4,8,010121,1,1\n".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(BaciFileInspector.inspect(p, ProgressListener.NONE).gzip()).isTrue();
  }

  @Test
  void reportsATruncatedGzipHeader() throws IOException {
    Path full = dir.resolve("full.csv.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(full))) {
      o.write("t,i,j,k,v,q\n".getBytes(StandardCharsets.US_ASCII));
    }
    byte[] bytes = Files.readAllBytes(full);
    Path cut = Files.write(dir.resolve("cut.csv.gz"), Arrays.copyOf(bytes, 12));
    assertThat(codeOf(cut)).isIn(ErrorCode.MALFORMED_FILE, ErrorCode.IO_FAILURE);
  }

  @Test
  void refusesAMissingFile() {
    assertThat(codeOf(dir.resolve("nope.csv"))).isEqualTo(ErrorCode.FILE_NOT_FOUND);
  }
}
