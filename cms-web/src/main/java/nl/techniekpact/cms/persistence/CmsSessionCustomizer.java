package nl.techniekpact.cms.persistence;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Prepares EclipseLink for the database the settings name, before it logs in: the platform (H2 or
 * PostgreSQL) is set from {@link DatabaseSettings} rather than detected over a connection, and the
 * pools are {@link DeferredConnectionPool}s, so the CMS deploys even when the database is not
 * reachable yet. Statements are counted ({@link StatementCounter}). Named in persistence.xml as
 * {@code eclipselink.session.customizer}.
 */
public class CmsSessionCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    Config config = ConfigProvider.getConfig(CmsSessionCustomizer.class.getClassLoader());
    DatabaseSettings settings = DatabaseSettings.from(config);
    session
        .getLogin()
        .setPlatformClassName(
            settings.embedded() ? H2Platform.class.getName() : PostgreSQLPlatform.class.getName());
    // EclipseLink takes the platform from this name instead of asking a connection for it
    session.setProperty(
        PersistenceUnitProperties.SCHEMA_DATABASE_PRODUCT_NAME,
        settings.embedded() ? "H2" : "PostgreSQL");
    session
        .getEventManager()
        .addListener(
            new StatementCounter(
                config.getOptionalValue(StatementCounter.LOGGED, Boolean.class).orElse(false)));
    if (session instanceof ServerSession server
        && server.getDatasourceLogin().shouldUseExternalConnectionPooling()) {
      server.setReadConnectionPool(
          new DeferredConnectionPool("read", server.getDatasourceLogin(), server));
      server.addConnectionPool(
          new DeferredConnectionPool(
              ServerSession.DEFAULT_POOL, server.getDatasourceLogin(), server));
    }
  }
}
