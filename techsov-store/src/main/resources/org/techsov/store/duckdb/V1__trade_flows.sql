-- Reference tables: refreshed from the packaged reference data when its version changes.
CREATE TABLE reference_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE country (
  key SMALLINT PRIMARY KEY,
  code VARCHAR NOT NULL UNIQUE,
  alpha2 VARCHAR,
  baci_code SMALLINT,
  name VARCHAR NOT NULL,
  region VARCHAR);
CREATE TABLE bloc (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, source VARCHAR);
CREATE TABLE bloc_member (
  bloc VARCHAR NOT NULL,
  country SMALLINT NOT NULL,
  valid_from DATE NOT NULL,
  valid_until DATE);
CREATE TABLE area (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL);
-- An area code covers HS6 products p with p // divisor = code_value (divisor 10000, 100 or 1).
CREATE TABLE area_code (
  area VARCHAR NOT NULL,
  hs_code VARCHAR NOT NULL,
  divisor INTEGER NOT NULL,
  code_value INTEGER NOT NULL);
CREATE TABLE goods_list_item (
  list VARCHAR NOT NULL,
  version DATE NOT NULL,
  hs_code VARCHAR NOT NULL,
  tier VARCHAR NOT NULL,
  description VARCHAR);
CREATE TABLE sanction_event (
  id VARCHAR PRIMARY KEY,
  date DATE NOT NULL,
  imposed_by VARCHAR NOT NULL,
  target VARCHAR NOT NULL,
  title VARCHAR,
  goods_list VARCHAR,
  source VARCHAR);

-- Imports and their accounting: rows_read = rows_stored + rows_rejected.
CREATE SEQUENCE import_id_seq START 1;
CREATE TABLE import_log (
  id INTEGER PRIMARY KEY,
  source VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  checksum VARCHAR NOT NULL,
  size_bytes BIGINT NOT NULL,
  hs_revision VARCHAR NOT NULL,
  years VARCHAR NOT NULL,
  rows_read BIGINT NOT NULL,
  rows_stored BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  reject_file VARCHAR,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NOT NULL,
  note VARCHAR);

-- Product names from the user's product dictionaries, per HS revision.
CREATE TABLE product_name (
  hs_revision VARCHAR NOT NULL,
  product INTEGER NOT NULL,
  description VARCHAR NOT NULL,
  PRIMARY KEY (hs_revision, product));

-- Trade flows. Countries are store keys (country.key); product is the HS6 code as an integer
-- (010121 -> 10121); month 0 is a whole year; value in current US dollars; quantity in the
-- import's unit (BACI: metric tonnes), NULL when not reported.
CREATE TABLE flow (
  import_id INTEGER NOT NULL,
  year SMALLINT NOT NULL,
  month TINYINT NOT NULL,
  exporter SMALLINT,
  importer SMALLINT,
  product INTEGER,
  value_usd DOUBLE,
  quantity DOUBLE);
