package nl.techniekpact.cms.casestudy.listing;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.techniekpact.cms.persistence.DatabaseStatus;

/**
 * Loads the case listing once the database is migrated and seeded, and again after a failed load:
 * checked every 5 seconds, so the first load starts just after the deployment.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseListingStartup {

  @Inject private DatabaseStatus database;
  @Inject private CaseListings listings;

  /** Starts a load when the database is ready and the listing is neither ready nor loading. */
  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void loadWhenReady() {
    if (database.isReady() && !listings.isReadyOrLoading()) {
      listings.reload();
    }
  }
}
