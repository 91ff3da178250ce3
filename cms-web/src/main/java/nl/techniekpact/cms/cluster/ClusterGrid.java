package nl.techniekpact.cms.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's Hazelcast data grid as the CMS uses it: named topics for cluster-wide messages and
 * named maps for shared counters. Every node of a cluster is a member of the same grid; a single
 * instance (started with {@code --nocluster}) is a grid of one, so the same code runs either way.
 * When Payara runs without Hazelcast ({@code --nohazelcast}) the grid is absent and callers fall
 * back to what this node alone knows.
 *
 * <p>Messages are plain strings and map values JDK types only, so no class of this war has to be
 * deserialized by Hazelcast (whose class loader does not see it).
 *
 * <pre>{@code
 * grid.subscribe("techniekpact-cms.plugins", message -> reconcile());
 * grid.publish("techniekpact-cms.plugins", "changed");
 * }</pre>
 */
@ApplicationScoped
public class ClusterGrid {

  /** Where Payara publishes its Hazelcast instance. */
  static final String JNDI_NAME = "payara/Hazelcast";

  private static final Logger LOG = Logger.getLogger(ClusterGrid.class.getName());

  private HazelcastInstance hazelcast;

  /** The maps created on this node, by name. */
  private final ConcurrentMap<String, IMap<?, ?>> maps = new ConcurrentHashMap<>();

  /** For CDI: the grid is looked up when the bean is created. */
  public ClusterGrid() {}

  /** A grid on this Hazelcast member (tests). */
  ClusterGrid(HazelcastInstance hazelcast) {
    this.hazelcast = hazelcast;
  }

  @PostConstruct
  void lookUp() {
    try {
      hazelcast = (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
      LOG.info(
          () ->
              "Data grid "
                  + hazelcast.getConfig().getClusterName()
                  + ": "
                  + hazelcast.getCluster().getMembers().size()
                  + " member(s)");
    } catch (NamingException | RuntimeException | LinkageError e) {
      LOG.log(
          Level.INFO,
          "No Hazelcast data grid (Payara started with --nohazelcast?): this node works alone",
          e.toString());
      hazelcast = null;
    }
  }

  /** The grid, unless Payara runs without one. */
  public Optional<HazelcastInstance> hazelcast() {
    return Optional.ofNullable(running());
  }

  /** How many nodes the cluster has now (1 without a grid). */
  public int members() {
    HazelcastInstance grid = running();
    return grid == null ? 1 : grid.getCluster().getMembers().size();
  }

  /**
   * A named map of the grid, if there is one. Its keys and values must be JDK types: the map is
   * created outside the application's context ({@link OutsideTheApplication}), so no operation on
   * it runs in that context.
   */
  @SuppressWarnings("unchecked")
  public <K, V> Optional<IMap<K, V>> map(String name) {
    HazelcastInstance grid = running();
    if (grid == null) {
      return Optional.empty();
    }
    return Optional.of(
        (IMap<K, V>)
            maps.computeIfAbsent(
                name,
                named ->
                    OutsideTheApplication.call(
                        "data-grid-map " + named, () -> grid.getMap(named))));
  }

  /**
   * Sends {@code message} to every other node's subscribers of {@code topic}; without a grid,
   * nothing happens (there is no other node).
   */
  public void publish(String topic, String message) {
    HazelcastInstance grid = running();
    if (grid == null) {
      return;
    }
    try {
      grid.<String>getTopic(topic).publish(message);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not tell the other nodes (" + topic + "): " + e, e);
    }
  }

  /**
   * Calls {@code receiver} with each message another node publishes on {@code topic} (never with
   * this node's own), on a Hazelcast thread: hand work that needs the application's context to a
   * managed executor.
   *
   * @return a handle for {@link #unsubscribe}, empty without a grid
   */
  public Optional<UUID> subscribe(String topic, Consumer<String> receiver) {
    HazelcastInstance grid = running();
    if (grid == null) {
      return Optional.empty();
    }
    ITopic<String> named = grid.getTopic(topic);
    return Optional.of(
        named.addMessageListener(
            message -> {
              Member from = message.getPublishingMember();
              if (from == null || !from.localMember()) {
                receiver.accept(message.getMessageObject());
              }
            }));
  }

  /** Stops a {@link #subscribe subscription}. */
  public void unsubscribe(String topic, Optional<UUID> handle) {
    HazelcastInstance grid = running();
    if (grid != null && handle.isPresent()) {
      try {
        grid.getTopic(topic).removeMessageListener(handle.get());
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Could not unsubscribe from " + topic, e);
      }
    }
  }

  private HazelcastInstance running() {
    HazelcastInstance grid = hazelcast;
    return grid != null && grid.getLifecycleService().isRunning() ? grid : null;
  }
}
