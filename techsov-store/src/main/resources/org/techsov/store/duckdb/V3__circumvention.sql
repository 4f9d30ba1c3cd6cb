-- Flows as countries report them (Eurostat Comext, UN Comtrade, IMF): monthly (month 1-12) or
-- yearly (month 0), in the reported currency and converted to current US dollars.
-- flow: X exports, M imports, RX re-exports, RM re-imports (from the reporter's side).
-- product_code as reported ('' for all goods) at product_level TOTAL, HS2, HS4, HS6 or CN8, in
-- hs_revision; hs6 is the comparable HS2022 subheading (NULL above HS6).
-- countable: false for aggregates and subsets (partner World, transport-mode breakdowns, re-exports);
-- counted: countable, not overlapped by finer rows of the same cell, and of the preferred source.
CREATE TABLE reported_flow (
  import_id INTEGER NOT NULL,
  line BIGINT NOT NULL,
  source VARCHAR NOT NULL,
  reporter SMALLINT NOT NULL,
  partner SMALLINT NOT NULL,
  flow VARCHAR NOT NULL,
  year SMALLINT NOT NULL,
  month TINYINT NOT NULL,
  product_code VARCHAR NOT NULL,
  product_level VARCHAR NOT NULL,
  hs_revision VARCHAR NOT NULL,
  hs6 INTEGER,
  value DOUBLE NOT NULL,
  currency VARCHAR NOT NULL,
  value_usd DOUBLE NOT NULL,
  quantity_kg DOUBLE,
  countable BOOLEAN NOT NULL,
  counted BOOLEAN NOT NULL,
  note VARCHAR);

-- HS2022 subheadings merged into one comparable group because an HS2017 code split into them
-- (from the concordance given at import); group_key is the smallest code of the group.
CREATE TABLE hs6_group (hs6 INTEGER PRIMARY KEY, group_key INTEGER NOT NULL);

-- Shipment-level customs records. Countries are store keys; hs6 the comparable HS2022 subheading.
CREATE TABLE shipment (
  import_id INTEGER NOT NULL,
  line BIGINT NOT NULL,
  source VARCHAR NOT NULL,
  ship_date DATE NOT NULL,
  year SMALLINT NOT NULL,
  month TINYINT NOT NULL,
  hs_code VARCHAR NOT NULL,
  hs6 INTEGER NOT NULL,
  description VARCHAR,
  origin SMALLINT NOT NULL,
  dispatch SMALLINT NOT NULL,
  destination SMALLINT NOT NULL,
  exporter VARCHAR,
  importer VARCHAR,
  manufacturer VARCHAR,
  brand VARCHAR,
  brand_hq SMALLINT,
  value DOUBLE NOT NULL,
  currency VARCHAR NOT NULL,
  value_usd DOUBLE NOT NULL,
  quantity DOUBLE,
  quantity_unit VARCHAR);

-- Goods lists loaded by users (e.g. the EU's restricted codes), each version dated; the packaged
-- lists stay in goods_list_item.
CREATE TABLE user_goods_list (
  id VARCHAR NOT NULL,
  version DATE NOT NULL,
  name VARCHAR NOT NULL,
  source VARCHAR,
  PRIMARY KEY (id, version));
CREATE TABLE user_goods_list_item (
  list VARCHAR NOT NULL,
  version DATE NOT NULL,
  hs_code VARCHAR NOT NULL,
  tier VARCHAR NOT NULL,
  description VARCHAR);
