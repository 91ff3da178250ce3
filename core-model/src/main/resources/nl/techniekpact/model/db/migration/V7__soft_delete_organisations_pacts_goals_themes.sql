-- Techniekpact CMS core model, schema version 7 (core-model 0.4.0): organisations, pact editions,
-- goals and themes are deleted softly too (deleted_at), so an editor can restore them; the public
-- reads leave marked rows out. Runs unchanged on H2 2.x (MODE=LEGACY) and PostgreSQL 17.

ALTER TABLE organisation ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE pact ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE goal ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE theme ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
