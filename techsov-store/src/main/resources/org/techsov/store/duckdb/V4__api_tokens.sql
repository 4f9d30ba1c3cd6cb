-- API tokens of the server. The secret is never stored: only SHA-256 over a per-token random salt
-- and the secret, both hex. A revoked token keeps its row (revoked_at set) so that listings show it.
CREATE TABLE api_token (
  id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  salt VARCHAR NOT NULL,
  secret_hash VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  revoked_at TIMESTAMP);
