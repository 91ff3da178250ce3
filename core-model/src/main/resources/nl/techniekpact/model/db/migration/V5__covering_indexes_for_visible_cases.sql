-- Counting the cases the public sees (VisibleAt: not deleted, published or scheduled and due, not
-- ended) must not read every row: a row holds the whole story (body_nl, body_en), and the OR in
-- the condition is no index range. These indexes hold every column the condition reads, so the
-- count is answered from the index alone (H2 and PostgreSQL index-only scans); the region's
-- variant does the same for a region's cases. They replace V1's narrower indexes on
-- (publication_status, publication_at) and (region_id, publication_status, publication_at), which
-- left deleted_at and publication_until to be read from each row.
CREATE INDEX ix_case_study_visible
    ON case_study (publication_status, deleted_at, publication_at, publication_until);
CREATE INDEX ix_case_study_region_visible
    ON case_study (region_id, publication_status, deleted_at, publication_at, publication_until);
DROP INDEX ix_case_study_publication;
DROP INDEX ix_case_study_region_publication;
