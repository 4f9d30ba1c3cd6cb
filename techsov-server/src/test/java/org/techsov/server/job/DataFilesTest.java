package org.techsov.server.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

class DataFilesTest {
  @TempDir Path dir;

  @Test
  void aRelativePathInsideTheDataFolderResolves() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data/baci"));
    Files.writeString(data.resolve("a.csv"), "x");
    assertThat(DataFiles.resolve(Optional.of(dir.resolve("data")), "baci/a.csv"))
        .isEqualTo(data.toRealPath().resolve("a.csv"));
  }

  @Test
  void anyPathWithAParentSegmentIsRefused() {
    Path data = dir.resolve("data");
    List<String> parts = List.of("a", "..", "b.csv", ".", "x", "..");
    qt().forAll(lists().of(integers().between(0, parts.size() - 1)).ofSizeBetween(1, 6))
        .assuming(ix -> ix.stream().anyMatch(i -> parts.get(i).startsWith(".")))
        .check(
            ix -> {
              String path = String.join("/", ix.stream().map(parts::get).toList());
              try {
                DataFiles.resolve(Optional.of(data), path);
                return false;
              } catch (TechsovException e) {
                return e.code() == ErrorCode.PATH_NOT_ALLOWED;
              }
            });
  }

  @Test
  void withoutADataFolderIngestByPathIsRefused() {
    assertThatThrownBy(() -> DataFiles.resolve(Optional.empty(), "a.csv"))
        .isInstanceOf(TechsovException.class)
        .hasMessageContaining("--data-dir");
  }

  @Test
  void uploadNamesMustBePlainCsvOrGzipNames() {
    assertThat(DataFiles.checkName("BACI_HS17_Y2022_V202501.csv")).isNotNull();
    assertThat(DataFiles.checkName("x.csv.gz")).isNotNull();
    for (String bad : new String[] {"../a.csv", "a.txt", "-a.csv", "a/b.csv", "", "a b.csv"}) {
      assertThatThrownBy(() -> DataFiles.checkName(bad)).isInstanceOf(TechsovException.class);
    }
  }

  @Test
  void anUploadOverTheLimitIsRefusedAndItsPartialFileRemoved() {
    Path target = dir.resolve("up/a.csv");
    assertThatThrownBy(() -> DataFiles.save(new ByteArrayInputStream(new byte[2000]), target, 1000))
        .isInstanceOfSatisfying(
            TechsovException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UPLOAD_TOO_LARGE));
    assertThat(target).doesNotExist();
    assertThat(DataFiles.save(new ByteArrayInputStream(new byte[1000]), target, 1000))
        .isEqualTo(1000);
  }
}
