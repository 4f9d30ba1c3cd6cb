-- Placeholder for schema version 2 (the programme catalogue), which is written on another branch;
-- that branch's V2__catalogue.sql replaces this file when the branches are merged.
SELECT 1;
