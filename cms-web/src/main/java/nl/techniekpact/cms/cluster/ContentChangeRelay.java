package nl.techniekpact.cms.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.publishing.ContentChanged;

/**
 * Makes a content change on one node take effect on every node: each {@link ContentChanged} fired
 * here (after its commit) is published on the data grid, and each one another node publishes is
 * fired here again, after this node's JPA shared cache is emptied, so that the page cache, search
 * index and plugin listeners of every node run as if the change had been made locally. A relayed
 * event is never published again.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContentChangeRelay {

  /** The data grid topic. */
  public static final String TOPIC = "techniekpact-cms.content-changed";

  private static final Logger LOG = Logger.getLogger(ContentChangeRelay.class.getName());

  /** Set while a relayed event is fired, so that it is not published back. */
  private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

  @Inject private ClusterGrid grid;
  @Inject private Event<ContentChanged> changes;
  @Resource private ManagedExecutorService executor;

  @PersistenceUnit(unitName = "cms")
  private EntityManagerFactory entities;

  private Optional<UUID> subscription = Optional.empty();

  @PostConstruct
  void subscribe() {
    subscription = grid.subscribe(TOPIC, message -> executor.execute(() -> received(message)));
  }

  @PreDestroy
  void unsubscribe() {
    grid.unsubscribe(TOPIC, subscription);
  }

  /** Tells the other nodes about a change made on this one. */
  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    if (!RELAYING.get()) {
      grid.publish(TOPIC, ContentChangedMessage.encode(change));
    }
  }

  private void received(String message) {
    ContentChanged change;
    try {
      change = ContentChangedMessage.decode(message);
    } catch (IllegalArgumentException e) {
      LOG.warning(e.getMessage());
      return;
    }
    try {
      entities.getCache().evictAll();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not empty the JPA shared cache", e);
    }
    RELAYING.set(true);
    try {
      changes.fire(change);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "An observer failed on a change relayed from another node", e);
    } finally {
      RELAYING.remove();
    }
  }
}
