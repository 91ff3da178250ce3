package nl.techniekpact.cms.persistence;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, over the whole CMS since start: the benchmark reads
 * the count before and after one request to show how many queries a page or API call costs (no N+1,
 * none at all for a page cache hit). Registered by {@link CmsSessionCustomizer}; one atomic
 * increment per statement.
 */
public final class StatementCounter extends SessionEventAdapter {

  /**
   * Configuration key: whether every statement is also logged (INFO, with the thread), to see which
   * statements a request costs ({@code true}/{@code false}, default {@code false}; for diagnosis,
   * never in production: it logs every query).
   */
  public static final String LOGGED = "cms.diagnostics.statements.log";

  private static final Logger LOG = Logger.getLogger(StatementCounter.class.getName());
  private static final AtomicLong COUNT = new AtomicLong();

  private final boolean logged;

  /**
   * A counter.
   *
   * @param logged whether every statement is logged as well
   */
  public StatementCounter(boolean logged) {
    this.logged = logged;
  }

  @Override
  public void preExecuteCall(SessionEvent event) {
    COUNT.incrementAndGet();
    if (logged) {
      LOG.info(() -> "SQL " + event.getCall() + " on " + Thread.currentThread().getName());
    }
  }

  /** Statements sent since start. */
  public static long count() {
    return COUNT.get();
  }
}
