-- The plugins shipped with the CMS (the first-party plugins) that the host has offered: each is
-- installed once, on the first start that ships it, and upgraded when a later CMS ships a newer
-- version of the one installed. A bundled plugin an administrator removed stays removed.
-- Runs unchanged on H2 2.x (MODE=LEGACY) and PostgreSQL 17.

CREATE TABLE cms_bundled_plugin (
    plugin_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    version    VARCHAR(64)  NOT NULL,
    offered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
