package nl.techniekpact.cms.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.server.ExternalConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * EclipseLink's pool over the server's data source, except that an unreachable database at start-up
 * does not fail the deployment: the pool starts without its probe connection and makes it on first
 * use, once the database answers. Payara's JPA deployer logs EclipseLink in while deploying, so
 * without this a database that is down when the CMS starts would fail the whole deployment with
 * pages of stack trace, instead of the one line {@link ConfiguredDataSource} logs and a {@code
 * /health} that says DOWN.
 */
final class DeferredConnectionPool extends ExternalConnectionPool {

  DeferredConnectionPool(String name, Login login, ServerSession owner) {
    super(name, login, owner);
  }

  /** Starts without connecting; the first {@link #acquireConnection} connects. */
  @Override
  public synchronized void startUp() {
    setIsConnected(true);
  }

  @Override
  public Accessor acquireConnection() {
    if (getCachedConnection() == null) {
      synchronized (this) {
        if (getCachedConnection() == null) {
          if (!owner.isLoggedIn()) {
            // EclipseLink's own probe during login: an unconnected accessor it releases at once
            Accessor probe = login.buildAccessor();
            probe.setPool(this);
            return probe;
          }
          if (!databaseReachable()) {
            throw unreachable();
          }
          setCachedConnection(buildConnection());
        }
      }
    }
    return super.acquireConnection();
  }

  /**
   * The failure of a request while the database cannot be reached: a connection exception (SQLSTATE
   * 08001), which the error page and the API answer with 503 ({@code ErrorKind}), marked as logged
   * so that EclipseLink does not log it with its stack trace for every request; {@link
   * ConfiguredDataSource} has logged the outage once.
   */
  static DatabaseException unreachable() {
    DatabaseException exception =
        DatabaseException.sqlException(
            new SQLTransientConnectionException("The database cannot be reached", "08001"));
    exception.setHasBeenLogged(true);
    return exception;
  }

  /**
   * Whether a connection can be had from the data source Payara gave EclipseLink. It asks that data
   * source itself, not JNDI: {@code java:app} names are not visible while Payara deploys the
   * persistence unit, nor when a start-up singleton's transaction commits, which is where the first
   * write after a start may need this pool's first connection.
   */
  private boolean databaseReachable() {
    DataSource dataSource =
        login instanceof DatasourceLogin datasourceLogin
                && datasourceLogin.getConnector() instanceof JNDIConnector connector
            ? connector.getDataSource()
            : null;
    if (dataSource == null) {
      return true; // nothing to probe with: EclipseLink connects and reports failures itself
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException unreachable) {
      // ConfiguredDataSource has reported it, once
      return false;
    }
  }
}
