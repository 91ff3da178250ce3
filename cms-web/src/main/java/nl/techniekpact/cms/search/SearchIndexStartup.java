package nl.techniekpact.cms.search;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.techniekpact.cms.casestudy.listing.CaseListings;
import nl.techniekpact.cms.persistence.DatabaseStatus;
import nl.techniekpact.cms.startup.Serving;

/**
 * Brings the search index up to date with the database once the database is migrated, background
 * loads may start (after the first page) and the case listing has been loaded or tried: not during
 * the deployment or the first page, and not next to the listing's load (both read every case), so
 * on a small machine the build does not compete with them for the processor (ADR 0026, 0039).
 * Checked every 5 seconds, so also within seconds of a database that came later. Once the index is
 * up to date, its changes are committed to disk every 15 seconds.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexStartup {

  @Inject private DatabaseStatus database;
  @Inject private Serving serving;
  @Inject private CaseListings listings;
  @Inject private SiteSearch search;

  /**
   * Brings the index up to date when that has not been done yet, background loads may start, the
   * database is ready and the case listing's load is over.
   */
  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void buildWhenReady() {
    if (!search.isReady()
        && serving.backgroundLoadsMayStart()
        && database.isReady()
        && listings.isSettled()) {
      search.bringUpToDate();
    }
  }

  /** Commits the index's changes to disk, once it is up to date. */
  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void commitWhenReady() {
    if (search.isReady()) {
      search.commitLater();
    }
  }
}
