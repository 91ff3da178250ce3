package nl.techniekpact.cms.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.techniekpact.cms.persistence.DatabaseStatus;

/**
 * Brings the search index up to date with the database once the database is migrated: at start-up,
 * or, when the database came later, within 15 seconds of it coming up (as the migration retries).
 * Afterwards it commits the index's changes to disk every 15 seconds.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexStartup {

  @Inject private DatabaseStatus database;
  @Inject private SiteSearch search;

  @PostConstruct
  void start() {
    buildWhenReady();
  }

  /**
   * Brings the index up to date when the database is ready and that has not been done yet; commits
   * its changes once it has.
   */
  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void buildWhenReady() {
    if (search.isReady()) {
      search.commitLater();
    } else if (database.isReady()) {
      search.bringUpToDate();
    }
  }
}
