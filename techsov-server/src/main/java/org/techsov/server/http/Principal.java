package org.techsov.server.http;

import java.util.Optional;
import org.techsov.core.access.Role;

/**
 * Who is asking: the token's id and role, or nobody (read-only access).
 *
 * @param tokenId the token's public id, empty for requests without a token
 * @param name the token's name
 * @param role the token's role; requests without a token read as viewers
 */
public record Principal(Optional<String> tokenId, String name, Role role) {
  public static final Principal ANONYMOUS =
      new Principal(Optional.empty(), "anonymous", Role.VIEWER);

  public boolean isAuthenticated() {
    return tokenId.isPresent();
  }
}
