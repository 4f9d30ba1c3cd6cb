package org.techsov.store.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.techsov.core.error.ErrorCode;
import org.techsov.core.error.TechsovException;

/**
 * Where the PostgreSQL registry is: {@code postgres://[user[:password]@]host[:port]/database}
 * ({@code postgresql://} and {@code jdbc:postgresql://} are accepted too). Query parameters are
 * passed to the JDBC driver (e.g. {@code ?sslmode=require}). Without a user the driver's default
 * applies; without a password, the driver reads {@code ~/.pgpass}.
 *
 * @param jdbcUrl the driver's URL, without user and password
 * @param user the user, or null
 * @param password the password, or null
 * @param display the address for messages, with the password masked
 */
public record RegistryAddress(String jdbcUrl, String user, String password, String display) {
  /** Seconds to wait for a connection before the registry is reported unreachable. */
  public static final int CONNECT_TIMEOUT_SECONDS = 5;

  /** True if {@code text} names a PostgreSQL registry rather than the embedded store. */
  public static boolean isPostgres(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return t.startsWith("postgres://")
        || t.startsWith("postgresql://")
        || t.startsWith("jdbc:postgresql://");
  }

  public static RegistryAddress parse(String text) {
    if (!isPostgres(text)) {
      throw new TechsovException(
          ErrorCode.INVALID_CONFIGURATION,
          "registry '"
              + text
              + "' is not a PostgreSQL address; expected postgres://user@host:port/database");
    }
    String t = text.trim();
    String rest = t.substring(t.indexOf("://") + 3);
    URI uri;
    try {
      uri = new URI("postgres://" + rest);
    } catch (URISyntaxException e) {
      throw new TechsovException(
          ErrorCode.INVALID_CONFIGURATION,
          "registry address is malformed: " + mask(t) + " (" + e.getReason() + ")");
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new TechsovException(
          ErrorCode.INVALID_CONFIGURATION,
          "registry address " + mask(t) + " needs a host and a database: postgres://host/database");
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String info = uri.getRawUserInfo();
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    String hostPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    String jdbc =
        "jdbc:postgresql://"
            + hostPort
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String display =
        "postgres://"
            + (user == null ? "" : user + (password == null ? "" : ":***") + "@")
            + hostPort
            + uri.getRawPath();
    return new RegistryAddress(jdbc, user, password, display);
  }

  /** Driver properties: user, password and timeouts so an unreachable server fails fast. */
  Properties properties() {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    p.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    p.setProperty("ApplicationName", "techsov");
    return p;
  }

  @Override
  public String toString() {
    return display;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String mask(String address) {
    return address.replaceAll("(://[^:/@]*:)[^@]*@", "$1***@");
  }
}
