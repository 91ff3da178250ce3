-- Alternative texts of images can be changed after upload: a version per image, so two editors
-- changing the same image never silently overwrite each other (If-Match on the API, a conflict
-- message in the back office). Runs unchanged on H2 2.x (MODE=LEGACY) and PostgreSQL 17.
ALTER TABLE media_image ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
