package nl.techniekpact.cms.publishing.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.persistence.DatabaseOutage;
import nl.techniekpact.cms.persistence.DatabaseStatus;
import nl.techniekpact.cms.publishing.ContentChanged;
import org.eclipse.microprofile.config.Config;

/**
 * The publication timer: every {@value #CHECK_SECONDS} seconds (default 30) it claims the items
 * whose scheduled publication or end has come ({@link ScheduleClaims}) and fires {@link
 * ContentChanged} for each after its commit. The schedule itself is the items' publication state in
 * the database, so it survives a restart (what fell due while the CMS was down is carried out at
 * the first check) and is carried out once in a cluster. Visibility does not wait for the timer:
 * queries already follow the moments ({@code VisibleAt}); the timer makes the stored state and the
 * caches follow.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationSchedule {

  /** MicroProfile Config key: seconds between checks; 0 switches the timer off. */
  public static final String CHECK_SECONDS = "cms.publishing.schedule-check-seconds";

  private static final Logger LOG = Logger.getLogger(PublicationSchedule.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private Config config;
  @Inject private ScheduleClaims claims;
  @Inject private DatabaseStatus database;
  @Inject private Event<ContentChanged> changes;

  private ScheduledFuture<?> checks;
  private volatile Instant lastCheck;
  private volatile String lastOutcome = "not checked yet";

  // the container's managed scheduler rather than an EJB interval timer: on Payara Micro a
  // programmatic non-persistent EJB timer never fired (an IT showed it)
  @PostConstruct
  void start() {
    long seconds = config.getOptionalValue(CHECK_SECONDS, Long.class).orElse(30L);
    if (seconds > 0) {
      checks = executor.scheduleWithFixedDelay(this::check, seconds, seconds, TimeUnit.SECONDS);
      LOG.info(() -> "Scheduled publications are checked every " + seconds + " s");
    } else {
      LOG.info(() -> CHECK_SECONDS + " is 0: scheduled publications are not checked");
    }
  }

  @PreDestroy
  void stop() {
    if (checks != null) {
      checks.cancel(false);
    }
  }

  private void check() {
    lastCheck = Instant.now();
    if (!database.isReady()) {
      lastOutcome = "database not ready";
      return;
    }
    try {
      lastOutcome = runDue(Instant.now()) + " carried out";
    } catch (RuntimeException e) {
      // never let it escape: the scheduler would stop running the check
      lastOutcome = "failed: " + e;
      DatabaseOutage.log(
          LOG, Level.WARNING, "Scheduled publications could not be checked; trying again later", e);
    }
  }

  /**
   * When the timer last looked (whether or not anything was due).
   *
   * @return the moment, or {@code null} before the first check
   */
  public Instant lastCheck() {
    return lastCheck;
  }

  /**
   * What the timer's last check did, for diagnosis: how many transitions it carried out, or why it
   * could not look.
   *
   * @return a short text
   */
  public String lastOutcome() {
    return lastOutcome;
  }

  /**
   * Carries out every transition due at a moment.
   *
   * @return how many this server carried out
   */
  public int runDue(Instant now) {
    int done = 0;
    for (ScheduledType type : ScheduledType.ALL) {
      for (ScheduleClaims.Due due : claims.due(type, now)) {
        var event = claims.claim(type, due, now);
        if (event.isPresent()) {
          changes.fire(event.get());
          done++;
        }
      }
    }
    return done;
  }
}
