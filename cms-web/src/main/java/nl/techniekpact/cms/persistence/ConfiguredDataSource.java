package nl.techniekpact.cms.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The physical data source behind the server's connection pool ({@link CmsDataSource}): it reads
 * {@link DatabaseSettings} from MicroProfile Config and opens connections with the JDBC driver that
 * accepts the configured URL (H2 or PostgreSQL, both bundled).
 */
public class ConfiguredDataSource implements DataSource {

  private static final List<Driver> DRIVERS =
      List.of(new org.h2.Driver(), new org.postgresql.Driver());

  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

  /** Whether the last attempt failed, so an outage is reported once, not per attempt. */
  private static final AtomicBoolean FAILING = new AtomicBoolean();

  private volatile DatabaseSettings settings;
  private int loginTimeoutSeconds = 10;
  private PrintWriter logWriter;

  private DatabaseSettings settings() {
    DatabaseSettings current = settings;
    if (current == null) {
      current =
          DatabaseSettings.from(
              ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
      settings = current;
    }
    return current;
  }

  @Override
  public Connection getConnection() throws SQLException {
    DatabaseSettings s = settings();
    return getConnection(s.user(), s.password());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    DatabaseSettings s = settings();
    Driver driver = driverFor(s.url());
    Properties properties = new Properties();
    if (user != null && !user.isEmpty()) {
      properties.setProperty("user", user);
    }
    if (password != null && !password.isEmpty()) {
      properties.setProperty("password", password);
    }
    if (!s.embedded()) {
      properties.setProperty("connectTimeout", Integer.toString(loginTimeoutSeconds));
    }
    try {
      Connection connection = driver.connect(s.url(), properties);
      if (connection == null) {
        throw new SQLException("no driver accepts the URL");
      }
      if (FAILING.compareAndSet(true, false)) {
        LOG.log(Level.INFO, "Database reachable again at {0}", s.redactedUrl());
      }
      return connection;
    } catch (SQLException e) {
      if (FAILING.compareAndSet(false, true)) {
        LOG.log(
            Level.SEVERE,
            "Database unreachable at {0}: {1}. Fix the setting {2} (environment variable {3}).",
            new Object[] {
              s.redactedUrl(), DatabaseMigration.rootMessage(e), DatabaseSettings.URL, "CMS_DB_URL"
            });
      }
      throw e;
    }
  }

  static Driver driverFor(String url) throws SQLException {
    for (Driver driver : DRIVERS) {
      if (driver.acceptsURL(url)) {
        return driver;
      }
    }
    throw new SQLException(
        DatabaseSettings.URL
            + " \""
            + url
            + "\" is not supported: use jdbc:postgresql://host:port/db or jdbc:h2:file:/path");
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
