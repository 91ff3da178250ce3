package nl.techniekpact.cms.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.web.ErrorKind;

/**
 * How work that is tried again later logs its failure: while the database cannot be reached ({@link
 * ErrorKind#isDatabaseUnavailable}) as one line at {@code FINE}, because the outage is logged once
 * where the connection failed ({@link ConfiguredDataSource}) and {@code /health} shows it; any
 * other failure at the given level with its stack trace.
 */
public final class DatabaseOutage {

  private DatabaseOutage() {}

  /**
   * Logs a failure of work that is tried again later.
   *
   * @param log the logger of the work
   * @param level the level of any failure but the database's outage
   * @param message what failed
   * @param failure the failure
   */
  public static void log(Logger log, Level level, String message, Throwable failure) {
    if (ErrorKind.isDatabaseUnavailable(failure)) {
      log.fine(() -> message + ": the database cannot be reached");
    } else {
      log.log(level, message, failure);
    }
  }
}
