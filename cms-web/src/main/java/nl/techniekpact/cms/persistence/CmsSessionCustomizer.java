package nl.techniekpact.cms.persistence;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.Logger;
import nl.techniekpact.cms.web.ErrorKind;
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
 * reachable yet. Statements are counted ({@link StatementCounter}). A read that meets a broken
 * connection is tried once more at once, and EclipseLink's log leaves out a database outage's
 * exceptions (ADR 0043). Named in persistence.xml as {@code eclipselink.session.customizer}.
 */
public class CmsSessionCustomizer implements SessionCustomizer {

  /**
   * The loggers given a filter, held so that the log manager, which holds its loggers weakly, does
   * not drop them with their filter.
   */
  private static final Set<Logger> FILTERED = ConcurrentHashMap.newKeySet();

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
    // a read that meets a broken connection is tried once more at once, on a fresh one (the
    // database restarted); EclipseLink's default, three more tries 5 s apart, held every request
    // of an outage for 10 s or more before its 503
    session.getLogin().setQueryRetryAttemptCount(1);
    session.getLogin().setDelayBetweenConnectionAttempts(0);
    quietDuringOutages(session);
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

  /**
   * EclipseLink logs every failing statement's exception with its stack trace as it throws it
   * (JavaLog, on the logger {@code org.eclipse.persistence.session.<name>}). While the database
   * cannot be reached that is every request's, so those records are left out: the outage is logged
   * once where the connection failed ({@link ConfiguredDataSource}), the requests answer 503 and
   * {@code /health} says why. Any other exception is logged as before.
   */
  private static void quietDuringOutages(Session session) {
    Logger logger = Logger.getLogger("org.eclipse.persistence.session." + session.getName());
    Filter previous = logger.getFilter();
    logger.setFilter(
        logRecord ->
            !(logRecord.getThrown() != null
                    && ErrorKind.isDatabaseUnavailable(logRecord.getThrown()))
                && (previous == null || previous.isLoggable(logRecord)));
    FILTERED.add(logger);
  }
}
