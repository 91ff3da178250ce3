package nl.techniekpact.cms.persistence;

import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, over the whole CMS since start: the benchmark reads
 * the count before and after one request to show how many queries a page or API call costs (no N+1,
 * none at all for a page cache hit). Registered by {@link CmsSessionCustomizer}; one atomic
 * increment per statement.
 */
public final class StatementCounter extends SessionEventAdapter {

  private static final AtomicLong COUNT = new AtomicLong();

  @Override
  public void preExecuteCall(SessionEvent event) {
    COUNT.incrementAndGet();
  }

  /** Statements sent since start. */
  public static long count() {
    return COUNT.get();
  }
}
