package org.techsov.cli.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechsovConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsAreDocumentedValues() {
    TechsovConfig c = TechsovConfig.defaults();
    assertThat(c.db()).isEqualTo(Path.of("techsov.duckdb"));
    assertThat(c.memoryLimit()).isEqualTo("4GB");
    assertThat(c.progress()).isTrue();
    assertThat(c.blocs()).containsExactly("UNFRIENDLY", "CHN_HK");
  }

  @Test
  void theFileOverridesDefaultsAndTheEnvironmentOverridesTheFile() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("t.yaml"), "db: from-file.duckdb\nthreads: 3\nblocs: [EU27, G7]\n");
    TechsovConfig c =
        TechsovConfig.load(f, Map.of("TECHSOV_THREADS", "5", "TECHSOV_MEMORY_LIMIT", "2GB"));
    assertThat(c.db()).isEqualTo(Path.of("from-file.duckdb"));
    assertThat(c.threads()).isEqualTo(5);
    assertThat(c.memoryLimit()).isEqualTo("2GB");
    assertThat(c.blocs()).isEqualTo(List.of("EU27", "G7"));
  }

  @Test
  void unknownKeysAndBadValuesAreRefusedNamingTheKey() throws Exception {
    Path f = Files.writeString(dir.resolve("u.yaml"), "databse: x\n");
    assertThatThrownBy(() -> TechsovConfig.load(f, Map.of()))
        .hasMessageContaining("unknown key 'databse'");
    assertThatThrownBy(() -> TechsovConfig.load(null, Map.of("TECHSOV_PROGRESS", "maybe")))
        .hasMessageContaining("TECHSOV_PROGRESS")
        .hasMessageContaining("expected true or false");
  }

  @Test
  void theRegistryIsTheStoreFileUnlessAPostgresAddressIsGiven() throws Exception {
    assertThat(TechsovConfig.defaults().registry()).isNull();
    assertThat(TechsovConfig.defaults().usesRegistry()).isFalse();
    Path f =
        Files.writeString(
            dir.resolve("r.yaml"), "registry: postgres://ana@registry.example:5432/techsov\n");
    TechsovConfig fromFile = TechsovConfig.load(f, Map.of());
    assertThat(fromFile.registry()).isEqualTo("postgres://ana@registry.example:5432/techsov");
    assertThat(fromFile.usesRegistry()).isTrue();
    TechsovConfig fromEnv =
        TechsovConfig.load(f, Map.of("TECHSOV_REGISTRY", "postgresql://other/techsov"));
    assertThat(fromEnv.registry()).isEqualTo("postgresql://other/techsov");
    assertThat(fromEnv.with("registry", "embedded", "--registry").usesRegistry()).isFalse();
  }

  @Test
  void aRegistryThatIsNotPostgresIsRefusedWithoutShowingItsPassword() {
    assertThatThrownBy(
            () -> TechsovConfig.defaults().with("registry", "mysql://h/db", "--registry"))
        .hasMessageContaining("--registry: invalid value 'mysql://h/db' for registry")
        .hasMessageContaining("expected embedded or postgres://");
    assertThatThrownBy(
            () -> TechsovConfig.defaults().with("registry", "postgres://u:hunter2@h", "--registry"))
        .hasMessageContaining("needs a host and a database")
        .hasMessageNotContaining("hunter2");
  }
}
