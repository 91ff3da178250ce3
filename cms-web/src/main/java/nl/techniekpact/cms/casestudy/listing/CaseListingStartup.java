package nl.techniekpact.cms.casestudy.listing;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.techniekpact.cms.persistence.DatabaseStatus;
import nl.techniekpact.cms.startup.BackgroundLoadsMayStart;
import nl.techniekpact.cms.startup.Serving;

/**
 * Loads the case listing once the database is migrated and seeded and background loads may start
 * (after the first page, ADR 0039), and again after a failed load: at that moment and checked every
 * 5 seconds. Until it is loaded, lists ask the database.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseListingStartup {

  @Inject private DatabaseStatus database;
  @Inject private CaseListings listings;
  @Inject private Serving serving;

  /** Starts the first load as soon as background loads may start. */
  public void loadsMayStart(@Observes BackgroundLoadsMayStart event) {
    loadWhenReady();
  }

  /**
   * Starts a load when background loads may start, the database is ready and the listing is neither
   * ready nor loading.
   */
  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void loadWhenReady() {
    if (serving.backgroundLoadsMayStart() && database.isReady() && !listings.isReadyOrLoading()) {
      listings.reload();
    }
  }
}
