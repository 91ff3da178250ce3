package nl.techniekpact.cms.plugin.host;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.techniekpact.cms.cluster.ClusterGrid;
import nl.techniekpact.cms.persistence.DatabaseMigration;
import nl.techniekpact.cms.persistence.DatabaseOutage;
import nl.techniekpact.cms.persistence.DatabaseSettings;
import nl.techniekpact.cms.persistence.DatabaseStatus;
import nl.techniekpact.cms.plugin.content.PluginItemsOf;
import nl.techniekpact.cms.plugin.content.PublishedPluginItems;
import nl.techniekpact.plugin.api.PluginApi;
import org.eclipse.microprofile.config.Config;

/**
 * Starts the plugin host with the CMS, after the database is migrated: loads the enabled plugins
 * from the database, then watches the drop-in directory. Settings (MicroProfile Config):
 *
 * <ul>
 *   <li>{@value #PLUGINS_DIR}: where plugin jars are unpacked and the drop-in directory is (default
 *       {@code ${cms.data.dir}/plugins});
 *   <li>{@value #DROP_IN_DIR}: the drop-in directory (default {@code <plugins dir>/drop-in});
 *   <li>{@value #DROP_IN_SCAN_SECONDS}: how often it is scanned (default 2; 0 switches it off);
 *   <li>{@value #MAX_JAR_BYTES}: the largest plugin jar accepted (default 10 MiB);
 *   <li>{@value #SIGNATURES_REQUIRED}: whether only plugins signed by a trusted signer are
 *       installed (default false; see {@link PluginSignatures}), {@value #TRUST_STORE} the PEM file
 *       or key store of trusted signer certificates, {@value #TRUST_STORE_PASSWORD} its password;
 *   <li>{@value #PAUSE_AFTER_FAILURES} within {@value #FAILURE_WINDOW_SECONDS}: when a failing
 *       plugin is paused (default 5 within 60 s);
 *   <li>{@value #RECONCILE_SECONDS}: how often the running plugins are compared with the database
 *       (default 30; 0 switches it off).
 * </ul>
 *
 * <p>In a cluster, every change stored here is announced on the data grid topic {@value #TOPIC};
 * the other nodes then {@link PluginLifecycle#reconcile() reconcile} with the database, as every
 * node also does periodically in case it missed a message.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginPlatform {

  /** Configuration key. */
  public static final String PLUGINS_DIR = "cms.plugins.dir";

  /** Configuration key. */
  public static final String DROP_IN_DIR = "cms.plugins.drop-in.dir";

  /** Configuration key. */
  public static final String DROP_IN_SCAN_SECONDS = "cms.plugins.drop-in.scan-seconds";

  /** Configuration key. */
  public static final String MAX_JAR_BYTES = "cms.plugins.max-jar-bytes";

  /** Configuration key. */
  public static final String SIGNATURES_REQUIRED = "cms.plugins.signatures.required";

  /** Configuration key. */
  public static final String TRUST_STORE = "cms.plugins.signatures.trust-store";

  /** Configuration key. */
  public static final String TRUST_STORE_PASSWORD = "cms.plugins.signatures.trust-store-password";

  /** Configuration key. */
  public static final String PAUSE_AFTER_FAILURES = "cms.plugins.pause-after-failures";

  /** Configuration key. */
  public static final String FAILURE_WINDOW_SECONDS = "cms.plugins.failure-window-seconds";

  /** Configuration key. */
  public static final String RECONCILE_SECONDS = "cms.plugins.reconcile-seconds";

  /** The data grid topic on which nodes say that they changed the installed plugins. */
  public static final String TOPIC = "techniekpact-cms.plugins-changed";

  private static final Logger LOG = Logger.getLogger(PluginPlatform.class.getName());

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject private Config config;

  @Inject private DatabaseStatus database;

  @Inject private PluginContentQueries content;

  @Inject private PublishedPluginItems publishedItems;

  @Inject private Event<PluginsChanged> pluginsChanged;

  @Inject private Event<PluginCallFailed> callFailed;

  @Inject private Event<PluginUnloaded> pluginUnloaded;

  @Inject private ClusterGrid grid;

  @Resource private ManagedExecutorService executor;

  private final PluginRegistry registry = new PluginRegistry();
  private PluginSettingStore settingStore;
  private PluginInvoker invoker;
  private volatile PluginLifecycle lifecycle;
  private DropInDirectory dropIn;
  private ScheduledFuture<?> scanning;
  private ScheduledFuture<?> reconciling;
  private Optional<UUID> subscription = Optional.empty();
  private volatile ScheduledFuture<?> waiting;

  @PostConstruct
  void start() {
    settingStore = new PluginSettingStore(dataSource, Clock.systemUTC());
    invoker =
        new PluginInvoker(
            new PluginInvoker.Policy(
                config.getOptionalValue(PAUSE_AFTER_FAILURES, Integer.class).orElse(5),
                Duration.ofSeconds(
                    config.getOptionalValue(FAILURE_WINDOW_SECONDS, Long.class).orElse(60L)),
                Duration.ofSeconds(1)),
            Clock.systemUTC());
    invoker.onFailure(id -> callFailed.fire(new PluginCallFailed(id)));
    registry.onChange(this::changed);
    if (database.isReady()) {
      startHost();
    } else {
      LOG.info("The plugin host waits for the database (see /health)");
      waiting =
          scheduler.scheduleWithFixedDelay(this::startWhenDatabaseReady, 5, 5, TimeUnit.SECONDS);
    }
  }

  /** Starts the host once the database came up after the CMS did. */
  private void startWhenDatabaseReady() {
    if (database.isReady()) {
      startHost();
      waiting.cancel(false);
    }
  }

  /**
   * The signature rules from configuration. A trust store that cannot be read trusts no one: with
   * signatures required, every install is then refused (and the log says why).
   */
  private PluginSignatures signatures() {
    boolean required = config.getOptionalValue(SIGNATURES_REQUIRED, Boolean.class).orElse(false);
    List<X509Certificate> trusted = List.of();
    Optional<String> store = config.getOptionalValue(TRUST_STORE, String.class);
    if (store.isPresent()) {
      try {
        trusted =
            PluginSignatures.readTrustStore(
                Path.of(store.get()),
                config
                    .getOptionalValue(TRUST_STORE_PASSWORD, String.class)
                    .map(String::toCharArray)
                    .orElse(null));
      } catch (IllegalArgumentException e) {
        LOG.severe(e.getMessage() + "; no plugin signer is trusted");
      }
    }
    int count = trusted.size();
    LOG.info(
        () ->
            "Plugin signatures "
                + (required ? "required" : "optional")
                + "; "
                + count
                + " trusted signer certificate(s)");
    return new PluginSignatures(required, trusted, Clock.systemUTC());
  }

  private synchronized void startHost() {
    if (lifecycle != null) {
      return;
    }
    Path dataDir =
        Path.of(config.getOptionalValue(DatabaseSettings.DATA_DIR, String.class).orElse("data"));
    Path pluginsDir =
        config
            .getOptionalValue(PLUGINS_DIR, String.class)
            .map(Path::of)
            .orElse(dataDir.resolve("plugins"));
    try {
      lifecycle =
          new PluginLifecycle(
              new PluginStore(dataSource),
              registry,
              invoker,
              PluginContexts.of(
                  content,
                  key -> storedSetting(key).or(() -> config.getOptionalValue(key, String.class)),
                  new PartnerExtensions(registry, invoker),
                  id ->
                      new PluginItemsOf(
                          id,
                          typeKey ->
                              registry.find(id).flatMap(running -> running.contentType(typeKey)),
                          publishedItems)),
              pluginsDir.resolve("work"),
              config.getOptionalValue(MAX_JAR_BYTES, Long.class).orElse(10L * 1024 * 1024),
              signatures(),
              Clock.systemUTC());
      lifecycle.onUnload(this::unloaded);
      lifecycle.startInstalled();
      new BundledPlugins(dataSource, lifecycle, Clock.systemUTC())
          .offer(BundledPlugins.shipped(PluginPlatform.class.getClassLoader()));
      LOG.info(
          () ->
              "Plugin host on plugin API "
                  + PluginApi.VERSION
                  + ": "
                  + registry.all().size()
                  + " plugin(s) running");
      dropIn =
          new DropInDirectory(
              config
                  .getOptionalValue(DROP_IN_DIR, String.class)
                  .map(Path::of)
                  .orElse(pluginsDir.resolve("drop-in")),
              lifecycle,
              Clock.systemUTC(),
              Duration.ofMillis(500));
      dropIn.scan();
      long every = config.getOptionalValue(DROP_IN_SCAN_SECONDS, Long.class).orElse(2L);
      if (every > 0) {
        scanning = scheduler.scheduleWithFixedDelay(dropIn::scan, every, every, TimeUnit.SECONDS);
      }
      lifecycle.onChange(() -> grid.publish(TOPIC, "changed"));
      subscription = grid.subscribe(TOPIC, message -> executor.execute(this::reconcile));
      long reconcileEvery = config.getOptionalValue(RECONCILE_SECONDS, Long.class).orElse(30L);
      if (reconcileEvery > 0) {
        reconciling =
            scheduler.scheduleWithFixedDelay(
                this::reconcile, reconcileEvery, reconcileEvery, TimeUnit.SECONDS);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The plugin host could not start; the CMS runs without plugins", e);
    }
  }

  /** Tells the CDI observers that a plugin's class loader is gone (they drop what they keep). */
  private void unloaded(ClassLoader loader) {
    pluginUnloaded.fire(new PluginUnloaded(loader));
  }

  /** Tells the CDI observers (the page cache) that the running plugins changed. */
  private void changed(String pluginId) {
    try {
      pluginsChanged.fire(new PluginsChanged(pluginId, Instant.now()));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "An observer of plugin changes failed for " + pluginId, e);
    }
  }

  /** Brings the running plugins in line with the database (another node may have changed it). */
  private void reconcile() {
    try {
      lifecycle.reconcile();
    } catch (RuntimeException e) {
      DatabaseOutage.log(
          LOG, Level.WARNING, "Could not reconcile the plugins with the database", e);
    }
  }

  @PreDestroy
  void stop() {
    grid.unsubscribe(TOPIC, subscription);
    if (reconciling != null) {
      reconciling.cancel(false);
    }
    if (waiting != null) {
      waiting.cancel(false);
    }
    if (scanning != null) {
      scanning.cancel(false);
    }
    if (lifecycle != null) {
      lifecycle.shutdown();
    }
  }

  /** The running plugins. */
  public PluginRegistry registry() {
    return registry;
  }

  /** The invoker every call into a plugin goes through. */
  public PluginInvoker invoker() {
    return invoker;
  }

  /** The settings plugin administrators stored. */
  public PluginSettingStore settingStore() {
    return settingStore;
  }

  /**
   * A stored setting by its full key {@code cms.plugin.<id>.<key>}; empty when none is stored or
   * the database cannot answer (then the configuration's value applies).
   */
  private Optional<String> storedSetting(String fullKey) {
    String prefix = "cms.plugin.";
    int dot = fullKey.indexOf('.', prefix.length());
    if (!fullKey.startsWith(prefix) || dot < 0) {
      return Optional.empty();
    }
    try {
      return settingStore.value(
          fullKey.substring(prefix.length(), dot), fullKey.substring(dot + 1));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Stored plugin settings unreadable; configuration applies", e);
      return Optional.empty();
    }
  }

  /**
   * Whether the host runs its plugins: not while it waits for the database, when it cannot know
   * which addresses are its plugins' pages.
   */
  public boolean isRunning() {
    return lifecycle != null;
  }

  /**
   * The lifecycle service.
   *
   * @throws PluginRefusedException when the host could not start (the database is down)
   */
  public PluginLifecycle lifecycle() {
    if (lifecycle == null) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.STORAGE_FAILED,
          "The plugin host is not running: the database is not ready");
    }
    return lifecycle;
  }
}
