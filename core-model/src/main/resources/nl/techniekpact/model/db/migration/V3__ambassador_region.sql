-- Techniekpact CMS core model, schema version 3: an ambassador may belong to a landsdeel
-- (region_id; none for a national ambassador), which decides which regional editors edit them.
-- Runs unchanged on H2 2.x (MODE=LEGACY) and PostgreSQL 17.

ALTER TABLE ambassador ADD COLUMN region_id BIGINT;
ALTER TABLE ambassador ADD CONSTRAINT fk_ambassador_region FOREIGN KEY (region_id) REFERENCES region (id);
CREATE INDEX ix_ambassador_region ON ambassador (region_id);
