package nl.techniekpact.cms.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.server.ExternalConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * EclipseLink's pool over the server's data source, except that an unreachable database at start-up
 * does not fail the deployment: the pool starts without its probe connection and makes it on first
 * use. Payara's JPA deployer logs EclipseLink in while deploying, so without this a database that
 * is down when the CMS starts would fail the whole deployment with pages of stack trace, instead of
 * the one line {@link ConfiguredDataSource} logs and a {@code /health} that says DOWN.
 */
final class DeferredConnectionPool extends ExternalConnectionPool {

  DeferredConnectionPool(String name, Login login, ServerSession owner) {
    super(name, login, owner);
  }

  @Override
  public synchronized void startUp() {
    if (databaseReachable()) {
      super.startUp();
    } else {
      setIsConnected(true);
    }
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
            throw DatabaseException.databaseAccessorNotConnected();
          }
          setCachedConnection(buildConnection());
        }
      }
    }
    return super.acquireConnection();
  }

  private static boolean databaseReachable() {
    try {
      DataSource dataSource =
          (DataSource) new InitialContext().lookup(DatabaseMigration.DATA_SOURCE);
      try (Connection connection = dataSource.getConnection()) {
        return connection.isValid(2);
      }
    } catch (NamingException | SQLException | RuntimeException unreachable) {
      // ConfiguredDataSource has reported it, once
      return false;
    }
  }
}
