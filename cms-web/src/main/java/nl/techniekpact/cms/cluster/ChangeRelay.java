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
import nl.techniekpact.cms.plugin.settings.PluginSettingChanged;
import nl.techniekpact.cms.publishing.ContentChanged;

/**
 * Makes a change on one node take effect on every node: each {@link ContentChanged} and {@link
 * PluginSettingChanged} fired here (after its commit) is published on the data grid, and each one
 * another node publishes is fired here again, so that the page cache, the public parts, the search
 * index and plugin listeners of every node run as if the change had been made locally (a relayed
 * setting change also makes this node forget its copy of the plugin's settings, see {@link
 * nl.techniekpact.cms.plugin.settings.PluginSettingChanges}). Before a relayed content change is
 * fired, the JPA shared cache is emptied. A relayed event is never published again.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeRelay {

  /** The data grid topic of content changes. */
  public static final String TOPIC = "techniekpact-cms.content-changed";

  /** The data grid topic of plugin setting changes. */
  public static final String SETTINGS_TOPIC = "techniekpact-cms.plugin-setting-changed";

  private static final Logger LOG = Logger.getLogger(ChangeRelay.class.getName());

  /** Set while a relayed event is fired, so that it is not published back. */
  private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

  @Inject private ClusterGrid grid;
  @Inject private Event<ContentChanged> changes;
  @Inject private Event<PluginSettingChanged> settingChanges;
  @Resource private ManagedExecutorService executor;

  @PersistenceUnit(unitName = "cms")
  private EntityManagerFactory entities;

  private Optional<UUID> subscription = Optional.empty();
  private Optional<UUID> settingSubscription = Optional.empty();

  @PostConstruct
  void subscribe() {
    subscription = grid.subscribe(TOPIC, message -> executor.execute(() -> received(message)));
    settingSubscription =
        grid.subscribe(SETTINGS_TOPIC, message -> executor.execute(() -> receivedSetting(message)));
  }

  @PreDestroy
  void unsubscribe() {
    grid.unsubscribe(TOPIC, subscription);
    grid.unsubscribe(SETTINGS_TOPIC, settingSubscription);
  }

  /** Tells the other nodes about a content change made on this one. */
  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    if (!RELAYING.get()) {
      grid.publish(TOPIC, ChangeMessages.encode(change));
    }
  }

  /** Tells the other nodes about a plugin setting changed on this one. */
  public void settingChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PluginSettingChanged change) {
    if (!RELAYING.get()) {
      grid.publish(SETTINGS_TOPIC, ChangeMessages.encode(change));
    }
  }

  private void received(String message) {
    ContentChanged change;
    try {
      change = ChangeMessages.decodeContent(message);
    } catch (IllegalArgumentException e) {
      LOG.warning(e.getMessage());
      return;
    }
    try {
      entities.getCache().evictAll();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not empty the JPA shared cache", e);
    }
    fireRelayed(() -> changes.fire(change));
  }

  private void receivedSetting(String message) {
    PluginSettingChanged change;
    try {
      change = ChangeMessages.decodeSetting(message);
    } catch (IllegalArgumentException e) {
      LOG.warning(e.getMessage());
      return;
    }
    fireRelayed(() -> settingChanges.fire(change));
  }

  private static void fireRelayed(Runnable fire) {
    RELAYING.set(true);
    try {
      fire.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "An observer failed on a change relayed from another node", e);
    } finally {
      RELAYING.remove();
    }
  }
}
