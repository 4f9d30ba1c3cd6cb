package org.techsov.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techsov.core.access.IssuedToken;
import org.techsov.core.access.Role;
import org.techsov.core.access.TokenSecrets;

class DuckDbTokensIT {
  @TempDir Path dir;

  @Test
  void tokensAreStoredHashedFoundListedAndRevokedOnce() throws Exception {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    IssuedToken t = new TokenSecrets(new SecureRandom()).issue("ci", Role.ANALYST, now);
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(dir.resolve("t.duckdb")))) {
      s.tokens().add(t.token());
      assertThat(s.tokens().find(t.token().id())).hasValue(t.token());
      assertThat(s.tokens().tokens()).containsExactly(t.token());
      try (Connection other = s.newConnection();
          var st = other.createStatement();
          var rs = st.executeQuery("SELECT * FROM api_token")) {
        rs.next();
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.append(rs.getString(i)).append('|');
        }
        assertThat(row.toString()).doesNotContain(t.text().substring(15));
      }
      assertThat(s.tokens().revoke(t.token().id(), now.plusSeconds(60))).isTrue();
      assertThat(s.tokens().revoke(t.token().id(), now.plusSeconds(120))).isFalse();
      assertThat(s.tokens().find(t.token().id()).orElseThrow().revokedAt())
          .hasValue(now.plusSeconds(60));
      assertThat(s.tokens().find("0000000000")).isEmpty();
    }
  }

  @Test
  void theSchemaReachesTheTokenMigrationThroughThePlaceholders() {
    try (DuckDbStore s = DuckDbStore.open(StoreOptions.defaults(dir.resolve("m.duckdb")))) {
      assertThat(s.schemaVersion()).isEqualTo(4);
      assertThat(Migrations.SCRIPTS.get(3)).isEqualTo("V4__api_tokens.sql");
    }
  }
}
