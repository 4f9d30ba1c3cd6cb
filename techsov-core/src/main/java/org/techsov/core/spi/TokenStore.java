package org.techsov.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.techsov.core.access.ApiToken;

/** Where API tokens are kept: only their salted hashes, never the secrets. */
public interface TokenStore {
  /** Stores a new token. */
  void add(ApiToken token);

  /** The token with this id, revoked or not. */
  Optional<ApiToken> find(String id);

  /** Every token, oldest first. */
  List<ApiToken> tokens();

  /**
   * Revokes the token with this id at {@code when}; returns false if there is no such token or it
   * was revoked already.
   */
  boolean revoke(String id, Instant when);
}
