-- Installed plugins: the source of truth for which plugin jars every node loads.
-- Runs unchanged on H2 2.x (MODE=LEGACY) and PostgreSQL 17 (checked by PluginStoreTest on both).
-- The jar is BYTEA: PostgreSQL's binary type, which H2 accepts as BINARY VARYING (BLOB does not
-- exist in PostgreSQL, and a large object there would need its own clean-up).

CREATE TABLE cms_plugin (
    plugin_id    VARCHAR(64)   NOT NULL PRIMARY KEY,
    version      VARCHAR(64)   NOT NULL,
    requires     VARCHAR(200)  NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    jar_size     BIGINT        NOT NULL,
    jar          BYTEA         NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    state_reason VARCHAR(2000),
    installed_by VARCHAR(200)  NOT NULL,
    installed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_cms_plugin_state CHECK (state IN ('ENABLED', 'DISABLED', 'PAUSED')),
    CONSTRAINT ck_cms_plugin_size CHECK (jar_size > 0)
);
