package org.techsov.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistryAddressTest {
  @Test
  void aPostgresUrlBecomesAJdbcUrlWithUserAndPasswordApart() {
    RegistryAddress a = RegistryAddress.parse("postgres://ana:p%40ss@db.example:6543/techsov");
    assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/techsov");
    assertThat(a.user()).isEqualTo("ana");
    assertThat(a.password()).isEqualTo("p@ss");
    assertThat(a.display()).isEqualTo("postgres://ana:***@db.example:6543/techsov");
    assertThat(a.toString()).doesNotContain("p@ss");
  }

  @Test
  void otherSpellingsAndQueryParametersAreAccepted() {
    assertThat(RegistryAddress.parse("postgresql://h/db").jdbcUrl())
        .isEqualTo("jdbc:postgresql://h/db");
    assertThat(RegistryAddress.parse("jdbc:postgresql://h:5432/db?sslmode=require").jdbcUrl())
        .isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
    assertThat(RegistryAddress.isPostgres("techsov.duckdb")).isFalse();
  }

  @Test
  void anAddressWithoutDatabaseIsRefusedWithoutShowingThePassword() {
    assertThatThrownBy(() -> RegistryAddress.parse("postgres://u:secret@host"))
        .hasMessageContaining("needs a host and a database")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> RegistryAddress.parse("mysql://host/db"))
        .hasMessageContaining("not a PostgreSQL address");
  }
}
