package org.techsov.core.access;

/**
 * A token just created: the stored record and the full token text, which is shown once and never
 * stored.
 *
 * @param token the stored record
 * @param text the bearer token, {@code tsv_<id>_<secret>}
 */
public record IssuedToken(ApiToken token, String text) {
  @Override
  public String toString() {
    return "IssuedToken[" + token.id() + ", " + token.role().label() + "]";
  }
}
