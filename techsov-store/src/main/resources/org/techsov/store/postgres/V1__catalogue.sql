-- The catalogue in the PostgreSQL registry: the same tables as the embedded store's
-- (org/techsov/store/duckdb/V2__catalogue.sql, which documents the columns), with foreign keys:
-- every figure's source_id and every claim's said_source must name a stored source, and child
-- rows must belong to a stored parent. A save deletes children before parents and inserts
-- parents before children, in one transaction.
CREATE TABLE cat_source (
  id TEXT PRIMARY KEY,
  ord INTEGER NOT NULL,
  title TEXT NOT NULL,
  author TEXT,
  publisher TEXT NOT NULL,
  date_text TEXT,
  location TEXT NOT NULL);
CREATE TABLE cat_fact (
  ord INTEGER PRIMARY KEY,
  fig_id TEXT, fig_label TEXT, fig_value DOUBLE PRECISION NOT NULL, fig_upper DOUBLE PRECISION,
  fig_qualifier TEXT NOT NULL, fig_unit TEXT NOT NULL, fig_as_of TEXT, fig_from DATE,
  fig_to DATE, source_id TEXT NOT NULL REFERENCES cat_source (id), quote TEXT NOT NULL, fig_note TEXT);
CREATE TABLE cat_technology (
  id TEXT PRIMARY KEY,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  area_id TEXT NOT NULL,
  area_name TEXT NOT NULL);
CREATE TABLE cat_technology_hs (
  technology TEXT NOT NULL REFERENCES cat_technology (id),
  ord INTEGER NOT NULL,
  hs_code TEXT NOT NULL,
  PRIMARY KEY (technology, ord));
CREATE TABLE cat_technology_metric (
  technology TEXT NOT NULL REFERENCES cat_technology (id),
  ord INTEGER NOT NULL,
  metric TEXT NOT NULL,
  holder TEXT NOT NULL,
  role TEXT NOT NULL,
  fig_id TEXT, fig_label TEXT, fig_value DOUBLE PRECISION NOT NULL, fig_upper DOUBLE PRECISION,
  fig_qualifier TEXT NOT NULL, fig_unit TEXT NOT NULL, fig_as_of TEXT, fig_from DATE,
  fig_to DATE, source_id TEXT NOT NULL REFERENCES cat_source (id), quote TEXT NOT NULL, fig_note TEXT,
  PRIMARY KEY (technology, ord));
CREATE TABLE cat_programme (
  id TEXT PRIMARY KEY,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  note TEXT);
-- side: 'incumbent' or 'substitute'
CREATE TABLE cat_programme_party (
  programme TEXT NOT NULL REFERENCES cat_programme (id),
  side TEXT NOT NULL,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (programme, side, ord));
CREATE TABLE cat_series (
  programme TEXT NOT NULL REFERENCES cat_programme (id),
  id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  subject TEXT NOT NULL,
  description TEXT NOT NULL,
  unit TEXT NOT NULL,
  shape TEXT NOT NULL,
  launch_text TEXT,
  PRIMARY KEY (programme, id));
CREATE TABLE cat_market_bound (
  programme TEXT NOT NULL,
  series TEXT NOT NULL,
  fig_id TEXT, fig_label TEXT, fig_value DOUBLE PRECISION NOT NULL, fig_upper DOUBLE PRECISION,
  fig_qualifier TEXT NOT NULL, fig_unit TEXT NOT NULL, fig_as_of TEXT, fig_from DATE,
  fig_to DATE, source_id TEXT NOT NULL REFERENCES cat_source (id), quote TEXT NOT NULL, fig_note TEXT,
  PRIMARY KEY (programme, series),
  FOREIGN KEY (programme, series) REFERENCES cat_series (programme, id));
CREATE TABLE cat_observation (
  programme TEXT NOT NULL,
  series TEXT NOT NULL,
  ord INTEGER NOT NULL,
  fig_id TEXT, fig_label TEXT, fig_value DOUBLE PRECISION NOT NULL, fig_upper DOUBLE PRECISION,
  fig_qualifier TEXT NOT NULL, fig_unit TEXT NOT NULL, fig_as_of TEXT, fig_from DATE,
  fig_to DATE, source_id TEXT NOT NULL REFERENCES cat_source (id), quote TEXT NOT NULL, fig_note TEXT,
  PRIMARY KEY (programme, series, ord),
  FOREIGN KEY (programme, series) REFERENCES cat_series (programme, id));
-- owner_kind 'series' (owner = programme/series) or 'technology' (owner = technology id);
-- metric is set on technology targets only.
CREATE TABLE cat_target (
  owner_kind TEXT NOT NULL,
  owner TEXT NOT NULL,
  ord INTEGER NOT NULL,
  id TEXT NOT NULL,
  set_by TEXT,
  description TEXT,
  comparison TEXT NOT NULL,
  metric TEXT,
  fig_id TEXT, fig_label TEXT, fig_value DOUBLE PRECISION NOT NULL, fig_upper DOUBLE PRECISION,
  fig_qualifier TEXT NOT NULL, fig_unit TEXT NOT NULL, fig_as_of TEXT, fig_from DATE,
  fig_to DATE, source_id TEXT NOT NULL REFERENCES cat_source (id), quote TEXT NOT NULL, fig_note TEXT,
  PRIMARY KEY (owner_kind, owner, ord));
-- said_source and said_quote cite the claim itself; check_* is its measurable form, or NULL.
CREATE TABLE cat_claim (
  id TEXT PRIMARY KEY,
  ord INTEGER NOT NULL,
  country TEXT NOT NULL,
  speaker TEXT NOT NULL,
  said_on TEXT,
  said_source TEXT NOT NULL REFERENCES cat_source (id),
  said_quote TEXT NOT NULL,
  statement TEXT NOT NULL,
  check_subject TEXT,
  check_comparison TEXT,
  check_level DOUBLE PRECISION,
  check_by TEXT);
-- kind 'figure' (ref = a figure id) or 'measure' (ref = a measure key computed elsewhere)
CREATE TABLE cat_evidence (
  claim TEXT NOT NULL REFERENCES cat_claim (id),
  kind TEXT NOT NULL,
  ord INTEGER NOT NULL,
  ref TEXT NOT NULL,
  PRIMARY KEY (claim, kind, ord));
CREATE TABLE cat_replacement (
  ord INTEGER PRIMARY KEY,
  category TEXT NOT NULL,
  product_count INTEGER NOT NULL,
  source_id TEXT NOT NULL REFERENCES cat_source (id),
  quote TEXT NOT NULL);
-- side: 'foreign' or 'domestic'
CREATE TABLE cat_replacement_vendor (
  replacement INTEGER NOT NULL REFERENCES cat_replacement (ord),
  side TEXT NOT NULL,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (replacement, side, ord));
