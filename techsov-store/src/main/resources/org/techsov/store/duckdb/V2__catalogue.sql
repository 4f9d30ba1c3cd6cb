-- The catalogue (docs/formats/catalogue.md): sources, facts, technologies, programmes with their
-- series, observations and targets, claims with their evidence, vendor replacements.
-- Every figure keeps its source id and quote (source_id, quote NOT NULL). Lists keep their order
-- in ord (from 1). Dates keep the source's precision as text (date_text, fig_as_of: 2021-Q4) with
-- the period they cover (fig_from, fig_to) for queries. Enumerations are stored by name.
-- The same tables exist in the PostgreSQL registry (org/techsov/store/postgres/V1__catalogue.sql);
-- DuckDB gets no foreign keys because it cannot delete and re-insert referenced rows in one
-- transaction, which every save does; the core validator guarantees the references instead.
CREATE TABLE cat_source (
  id VARCHAR PRIMARY KEY,
  ord INTEGER NOT NULL,
  title VARCHAR NOT NULL,
  author VARCHAR,
  publisher VARCHAR NOT NULL,
  date_text VARCHAR,
  location VARCHAR NOT NULL);
CREATE TABLE cat_fact (
  ord INTEGER PRIMARY KEY,
  fig_id VARCHAR, fig_label VARCHAR, fig_value DOUBLE NOT NULL, fig_upper DOUBLE,
  fig_qualifier VARCHAR NOT NULL, fig_unit VARCHAR NOT NULL, fig_as_of VARCHAR, fig_from DATE,
  fig_to DATE, source_id VARCHAR NOT NULL, quote VARCHAR NOT NULL, fig_note VARCHAR);
CREATE TABLE cat_technology (
  id VARCHAR PRIMARY KEY,
  ord INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  country VARCHAR NOT NULL,
  area_id VARCHAR NOT NULL,
  area_name VARCHAR NOT NULL);
CREATE TABLE cat_technology_hs (
  technology VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  hs_code VARCHAR NOT NULL,
  PRIMARY KEY (technology, ord));
CREATE TABLE cat_technology_metric (
  technology VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  metric VARCHAR NOT NULL,
  holder VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  fig_id VARCHAR, fig_label VARCHAR, fig_value DOUBLE NOT NULL, fig_upper DOUBLE,
  fig_qualifier VARCHAR NOT NULL, fig_unit VARCHAR NOT NULL, fig_as_of VARCHAR, fig_from DATE,
  fig_to DATE, source_id VARCHAR NOT NULL, quote VARCHAR NOT NULL, fig_note VARCHAR,
  PRIMARY KEY (technology, ord));
CREATE TABLE cat_programme (
  id VARCHAR PRIMARY KEY,
  ord INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  country VARCHAR NOT NULL,
  note VARCHAR);
-- side: 'incumbent' or 'substitute'
CREATE TABLE cat_programme_party (
  programme VARCHAR NOT NULL,
  side VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  PRIMARY KEY (programme, side, ord));
CREATE TABLE cat_series (
  programme VARCHAR NOT NULL,
  id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  subject VARCHAR NOT NULL,
  description VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  shape VARCHAR NOT NULL,
  launch_text VARCHAR,
  PRIMARY KEY (programme, id));
CREATE TABLE cat_market_bound (
  programme VARCHAR NOT NULL,
  series VARCHAR NOT NULL,
  fig_id VARCHAR, fig_label VARCHAR, fig_value DOUBLE NOT NULL, fig_upper DOUBLE,
  fig_qualifier VARCHAR NOT NULL, fig_unit VARCHAR NOT NULL, fig_as_of VARCHAR, fig_from DATE,
  fig_to DATE, source_id VARCHAR NOT NULL, quote VARCHAR NOT NULL, fig_note VARCHAR,
  PRIMARY KEY (programme, series));
CREATE TABLE cat_observation (
  programme VARCHAR NOT NULL,
  series VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  fig_id VARCHAR, fig_label VARCHAR, fig_value DOUBLE NOT NULL, fig_upper DOUBLE,
  fig_qualifier VARCHAR NOT NULL, fig_unit VARCHAR NOT NULL, fig_as_of VARCHAR, fig_from DATE,
  fig_to DATE, source_id VARCHAR NOT NULL, quote VARCHAR NOT NULL, fig_note VARCHAR,
  PRIMARY KEY (programme, series, ord));
-- owner_kind 'series' (owner = programme/series) or 'technology' (owner = technology id);
-- metric is set on technology targets only.
CREATE TABLE cat_target (
  owner_kind VARCHAR NOT NULL,
  owner VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  id VARCHAR NOT NULL,
  set_by VARCHAR,
  description VARCHAR,
  comparison VARCHAR NOT NULL,
  metric VARCHAR,
  fig_id VARCHAR, fig_label VARCHAR, fig_value DOUBLE NOT NULL, fig_upper DOUBLE,
  fig_qualifier VARCHAR NOT NULL, fig_unit VARCHAR NOT NULL, fig_as_of VARCHAR, fig_from DATE,
  fig_to DATE, source_id VARCHAR NOT NULL, quote VARCHAR NOT NULL, fig_note VARCHAR,
  PRIMARY KEY (owner_kind, owner, ord));
-- said_source and said_quote cite the claim itself; check_* is its measurable form, or NULL.
CREATE TABLE cat_claim (
  id VARCHAR PRIMARY KEY,
  ord INTEGER NOT NULL,
  country VARCHAR NOT NULL,
  speaker VARCHAR NOT NULL,
  said_on VARCHAR,
  said_source VARCHAR NOT NULL,
  said_quote VARCHAR NOT NULL,
  statement VARCHAR NOT NULL,
  check_subject VARCHAR,
  check_comparison VARCHAR,
  check_level DOUBLE,
  check_by VARCHAR);
-- kind 'figure' (ref = a figure id) or 'measure' (ref = a measure key computed elsewhere)
CREATE TABLE cat_evidence (
  claim VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  ref VARCHAR NOT NULL,
  PRIMARY KEY (claim, kind, ord));
CREATE TABLE cat_replacement (
  ord INTEGER PRIMARY KEY,
  category VARCHAR NOT NULL,
  product_count INTEGER NOT NULL,
  source_id VARCHAR NOT NULL,
  quote VARCHAR NOT NULL);
-- side: 'foreign' or 'domestic'
CREATE TABLE cat_replacement_vendor (
  replacement INTEGER NOT NULL,
  side VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  PRIMARY KEY (replacement, side, ord));
