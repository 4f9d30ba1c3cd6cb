package org.techsov.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored API token: its public id, who it is for, its role and the salted hash of its secret.
 *
 * @param id the public part of the token, also its key in the store
 * @param name what the token is for, e.g. the person or script holding it
 * @param role what it may do
 * @param salt random salt, hex
 * @param secretHash SHA-256 over the salt's bytes and the secret's UTF-8 bytes, hex
 * @param createdAt when it was created
 * @param revokedAt when it was revoked, if it was
 */
public record ApiToken(
    String id,
    String name,
    Role role,
    String salt,
    String secretHash,
    Instant createdAt,
    Optional<Instant> revokedAt) {
  public ApiToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(salt, "salt");
    Objects.requireNonNull(secretHash, "secretHash");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }

  public boolean isRevoked() {
    return revokedAt.isPresent();
  }
}
