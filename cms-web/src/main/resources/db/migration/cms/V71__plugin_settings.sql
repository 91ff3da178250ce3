-- Plugin settings edited by plugin administrators (back office and API), read by plugins through
-- PluginSettings. A setting here wins over the configuration key cms.plugin.<id>.<key>, which stays
-- the default. Settings outlive the plugin, as its items do (ADR 0017). Runs unchanged on H2 2.x
-- (MODE=LEGACY) and PostgreSQL 17.

CREATE TABLE plugin_setting (
    plugin_id     VARCHAR(64)   NOT NULL,
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(2000) NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_plugin_setting PRIMARY KEY (plugin_id, setting_key)
);
