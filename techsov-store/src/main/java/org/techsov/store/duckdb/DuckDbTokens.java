package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.techsov.core.access.ApiToken;
import org.techsov.core.access.Role;
import org.techsov.core.spi.TokenStore;

/** API tokens in the {@code api_token} table, over a connection the caller owns. */
public final class DuckDbTokens implements TokenStore {
  private static final String COLUMNS = "id, name, role, salt, secret_hash, created_at, revoked_at";

  private final Connection connection;

  public DuckDbTokens(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void add(ApiToken t) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO api_token (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL)")) {
      ps.setString(1, t.id());
      ps.setString(2, t.name());
      ps.setString(3, t.role().label());
      ps.setString(4, t.salt());
      ps.setString(5, t.secretHash());
      ps.setTimestamp(6, Timestamp.from(t.createdAt()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("storing an API token", e);
    }
  }

  @Override
  public Optional<ApiToken> find(String id) {
    List<ApiToken> found = query("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<ApiToken> tokens() {
    return query("SELECT " + COLUMNS + " FROM api_token ORDER BY created_at, id", null);
  }

  @Override
  public boolean revoke(String id, Instant when) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      ps.setTimestamp(1, Timestamp.from(when));
      ps.setString(2, id);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("revoking an API token", e);
    }
  }

  private List<ApiToken> query(String sql, String id) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (id != null) {
        ps.setString(1, id);
      }
      List<ApiToken> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp revoked = rs.getTimestamp(7);
          out.add(
              new ApiToken(
                  rs.getString(1),
                  rs.getString(2),
                  Role.parse(rs.getString(3)),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant(),
                  Optional.ofNullable(revoked).map(Timestamp::toInstant)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw DuckDbErrors.onQuery("reading API tokens", e);
    }
  }
}
