package org.techsov.core.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates and checks API tokens. A token reads {@code tsv_<id>_<secret>}: the id (10 hex digits)
 * finds the stored record, the secret (64 hex digits, 256 random bits) is checked against its
 * salted SHA-256. The secret is long and random, so one salted hash suffices: there is nothing to
 * guess by dictionary, and a slow hash would only slow every request.
 */
public final class TokenSecrets {
  private static final Pattern FORMAT = Pattern.compile("tsv_([0-9a-f]{10})_([0-9a-f]{64})");
  private static final HexFormat HEX = HexFormat.of();

  private final SecureRandom random;

  public TokenSecrets(SecureRandom random) {
    this.random = random;
  }

  /** Creates a token for {@code name} with {@code role}, created at {@code now}. */
  public IssuedToken issue(String name, Role role, Instant now) {
    String id = HEX.formatHex(bytes(5));
    String secret = HEX.formatHex(bytes(32));
    String salt = HEX.formatHex(bytes(16));
    ApiToken t = new ApiToken(id, name, role, salt, hash(salt, secret), now, Optional.empty());
    return new IssuedToken(t, "tsv_" + id + "_" + secret);
  }

  /** The id of a well-formed token text, or empty if the text is not one. */
  public static Optional<String> idOf(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.trim());
    return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** True if {@code text} is the token stored as {@code token} and it is not revoked. */
  public static boolean matches(ApiToken token, String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.trim());
    if (m == null || !m.matches() || !m.group(1).equals(token.id()) || token.isRevoked()) {
      return false;
    }
    byte[] expected = HEX.parseHex(token.secretHash());
    byte[] actual = HEX.parseHex(hash(token.salt(), m.group(2)));
    return MessageDigest.isEqual(expected, actual);
  }

  static String hash(String saltHex, String secret) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(HEX.parseHex(saltHex));
      d.update(secret.getBytes(StandardCharsets.UTF_8));
      return HEX.formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
