package org.techsov.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.techsov.core.error.TechsovException;

class TokenSecretsTest {
  private final TokenSecrets secrets = new TokenSecrets(new SecureRandom());
  private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void anIssuedTokenMatchesItsRecordAndTheRecordHoldsNoSecret() {
    IssuedToken t = secrets.issue("ci", Role.ANALYST, now);
    assertThat(t.text()).matches("tsv_[0-9a-f]{10}_[0-9a-f]{64}");
    assertThat(TokenSecrets.idOf(t.text())).hasValue(t.token().id());
    assertThat(TokenSecrets.matches(t.token(), t.text())).isTrue();
    String secret = t.text().substring(t.text().lastIndexOf('_') + 1);
    assertThat(t.token().toString()).doesNotContain(secret);
    assertThat(t.toString()).doesNotContain(secret);
  }

  @Test
  void twoTokensForTheSameNameDifferInIdSaltAndSecret() {
    IssuedToken a = secrets.issue("x", Role.VIEWER, now);
    IssuedToken b = secrets.issue("x", Role.VIEWER, now);
    assertThat(a.token().id()).isNotEqualTo(b.token().id());
    assertThat(a.token().salt()).isNotEqualTo(b.token().salt());
    assertThat(TokenSecrets.matches(a.token(), b.text())).isFalse();
  }

  @Test
  void aRevokedTokenNoLongerMatches() {
    IssuedToken t = secrets.issue("x", Role.ADMIN, now);
    ApiToken revoked =
        new ApiToken(
            t.token().id(),
            t.token().name(),
            t.token().role(),
            t.token().salt(),
            t.token().secretHash(),
            now,
            Optional.of(now));
    assertThat(TokenSecrets.matches(revoked, t.text())).isFalse();
  }

  @Test
  void anyOtherSecretWithTheSameIdIsRefused() {
    IssuedToken t = secrets.issue("x", Role.ANALYST, now);
    qt().forAll(lists().of(integers().between(0, 15)).ofSize(64))
        .as(digits -> digits.stream().map(Integer::toHexString).reduce("", String::concat))
        .check(
            s ->
                t.text().endsWith(s)
                    || !TokenSecrets.matches(t.token(), "tsv_" + t.token().id() + "_" + s));
  }

  @Test
  void textThatIsNotATokenHasNoId() {
    assertThat(TokenSecrets.idOf(null)).isEmpty();
    assertThat(TokenSecrets.idOf("")).isEmpty();
    assertThat(TokenSecrets.idOf("tsv_0123_abc")).isEmpty();
    assertThat(TokenSecrets.idOf("Bearer tsv_0123456789_" + "a".repeat(64))).isEmpty();
  }

  @Test
  void rolesIncludeTheRightsOfLowerRolesAndParseInAnyCase() {
    assertThat(Role.ADMIN.includes(Role.ANALYST)).isTrue();
    assertThat(Role.ANALYST.includes(Role.VIEWER)).isTrue();
    assertThat(Role.VIEWER.includes(Role.ANALYST)).isFalse();
    assertThat(Role.parse(" Analyst ")).isEqualTo(Role.ANALYST);
    assertThat(Role.ADMIN.label()).isEqualTo("admin");
    assertThatThrownBy(() -> Role.parse("root")).isInstanceOf(TechsovException.class);
  }
}
