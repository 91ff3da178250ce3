package nl.techniekpact.cms.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.techniekpact.cms.security.account.InitialAdministrator;
import org.eclipse.microprofile.config.Config;

/**
 * Brings the database up to date when the CMS starts, in this order: runs the Flyway migrations,
 * loads the seed content into an empty database, and creates the first administrator when there is
 * no account. A failure is reported in one log line (an unreachable database by {@link
 * ConfiguredDataSource}, naming the setting to fix) and {@code /health} stays DOWN with the reason;
 * it tries again every 15 seconds, so the CMS comes up by itself once the database does.
 *
 * <p>Also declares the CMS's one pooled, JTA-enlisted data source, {@value #DATA_SOURCE}. Where it
 * points is decided at run time by {@link ConfiguredDataSource}, so the same war runs on H2 and
 * PostgreSQL.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "nl.techniekpact.cms.persistence.ConfiguredDataSource",
    initialPoolSize = 0,
    // one connection is kept: the embedded H2 closes (and compacts) its file when its last
    // connection closes, which the pool did after maxIdleTime on pages that need no statement
    minPoolSize = 1,
    maxPoolSize = 32,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  /** The JNDI name used by persistence.xml and the migration. */
  public static final String DATA_SOURCE = "java:app/jdbc/cms";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Inject private Config config;

  @Inject private DatabaseStatus status;

  @Inject private SeedLoader seedLoader;

  @Inject private InitialAdministrator initialAdministrator;

  /**
   * Runs outside a transaction, so that each step commits on its own and a step that fails to
   * commit fails here, keeping {@code /health} DOWN. The class's attribute does not reach a
   * lifecycle callback: without this one Payara ran the whole method in one container transaction
   * that committed after it returned, when a failure could no longer be reported.
   */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    DatabaseSettings settings = DatabaseSettings.from(config);
    try (Connection connection = dataSource.getConnection()) {
      LOG.fine(() -> "Connected to " + settings.redactedUrl());
      // on a new database, the first administrator's hash is derived while the migrations run
      initialAdministrator.hashAheadIfNoAccount(connection);
    } catch (SQLException | RuntimeException e) {
      // ConfiguredDataSource has logged the one line naming the setting to fix
      status.failed(settings.redactedUrl(), rootMessage(e));
      return;
    }
    try {
      int applied = Migrations.migrate(dataSource);
      LOG.info(
          () -> "Database " + settings.redactedUrl() + " is up to date (" + applied + " applied)");
      seedLoader.loadIfEmpty();
      initialAdministrator.createIfNoAccount();
      status.ready(settings.redactedUrl());
    } catch (RuntimeException e) {
      fail(
          settings,
          "Database at {0} could not be brought up to date: {1}. The failed step was rolled back"
              + " where the database allows; check that {2} ({3}) points at a Techniekpact CMS"
              + " database. /health reports DOWN until then.",
          e);
    }
  }

  /**
   * While the database is down or not migrated, tries again every 15 seconds, so the CMS comes up
   * by itself once the database does.
   */
  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void retryWhileDown() {
    if (!status.isReady()) {
      migrate();
    }
  }

  private void fail(DatabaseSettings settings, String message, Exception e) {
    String reason = rootMessage(e);
    boolean news = !reason.equals(status.failure().orElse(null));
    status.failed(settings.redactedUrl(), reason);
    if (news) {
      LOG.log(
          Level.SEVERE,
          message,
          new Object[] {settings.redactedUrl(), reason, DatabaseSettings.URL, "CMS_DB_URL"});
    }
  }

  static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
