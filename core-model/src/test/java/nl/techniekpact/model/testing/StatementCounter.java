package nl.techniekpact.model.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Counts the SQL statements EclipseLink sends, to catch a query per row. */
public class StatementCounter extends SessionEventAdapter {

  private static final AtomicInteger COUNT = new AtomicInteger();

  @Override
  public void preExecuteCall(SessionEvent event) {
    COUNT.incrementAndGet();
  }

  /** Resets the count. */
  public static void reset() {
    COUNT.set(0);
  }

  /**
   * The statements since the last reset.
   *
   * @return the count
   */
  public static int count() {
    return COUNT.get();
  }
}
