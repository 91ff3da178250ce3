-- Techniekpact CMS core model, schema version 2: a published or scheduled item may end at a moment
-- (publication_until), and items are deleted softly (deleted_at) so they can be restored.
-- Runs unchanged on H2 2.x (MODE=LEGACY) and PostgreSQL 17.

ALTER TABLE region ADD COLUMN publication_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE region ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ambassador ADD COLUMN publication_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE ambassador ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_study ADD COLUMN publication_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_study ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;

-- the schedule: what the publication timer looks for
CREATE INDEX ix_case_study_publication_until ON case_study (publication_until);
CREATE INDEX ix_ambassador_publication_until ON ambassador (publication_until);
CREATE INDEX ix_region_publication_until ON region (publication_until);
