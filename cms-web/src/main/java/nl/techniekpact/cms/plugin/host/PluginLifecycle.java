package nl.techniekpact.cms.plugin.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.techniekpact.cms.plugin.host.PluginRefusedException.Reason;
import nl.techniekpact.plugin.api.AdminScreen;
import nl.techniekpact.plugin.api.ContentEventListener;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.ContentTypeDefinition;
import nl.techniekpact.plugin.api.PageFragment;
import nl.techniekpact.plugin.api.PluginApi;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.RestEndpoint;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginDependency;
import org.pf4j.PluginWrapper;

/**
 * The one service through which plugins are installed, upgraded, enabled, disabled, paused and
 * removed, whether the request comes from the REST API, the back office, the drop-in directory or
 * the host itself. Operations run one at a time.
 *
 * <p>Every operation verifies before it commits: the jar (size, zip, descriptor, plugin API range,
 * dependencies), then loads it, checks that its classes link, starts it and creates its extensions;
 * only then is the database changed. Any failure unloads what was loaded, puts back what ran before
 * (an upgrade that fails restarts the old version) and throws a {@link PluginRefusedException}
 * naming the problem. The database ({@link PluginStore}) is the source of truth: {@link
 * #startInstalled()} loads every enabled plugin from it when the CMS starts.
 */
public final class PluginLifecycle {

  private static final Logger LOG = Logger.getLogger(PluginLifecycle.class.getName());
  private static final DefaultVersionManager VERSIONS = new DefaultVersionManager();

  private final PluginStore store;
  private final PluginRegistry registry;
  private final PluginInvoker invoker;
  private final PluginContexts contexts;
  private final Path workDir;
  private final long maxJarBytes;
  private final PluginSignatures signatures;
  private final Map<String, Optional<PluginSignatures.PluginSigner>> signers =
      new ConcurrentHashMap<>();
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, PluginContext> liveContexts = new ConcurrentHashMap<>();
  private final HostPluginManager manager;
  private volatile Runnable onChange = () -> {};
  private volatile Consumer<ClassLoader> onUnload = loader -> {};
  private final Map<String, String> refusedHere = new ConcurrentHashMap<>();

  /**
   * A lifecycle.
   *
   * @param store where installed plugins are stored
   * @param registry where running plugins are published
   * @param invoker the invoker, which this lifecycle tells how to pause plugins
   * @param contexts makes each plugin's context
   * @param workDir where jars are extracted from the database for loading
   * @param maxJarBytes the largest accepted jar
   * @param signatures checks jar signatures against the trust store
   * @param clock the clock
   */
  public PluginLifecycle(
      PluginStore store,
      PluginRegistry registry,
      PluginInvoker invoker,
      PluginContexts contexts,
      Path workDir,
      long maxJarBytes,
      PluginSignatures signatures,
      Clock clock) {
    this.store = store;
    this.registry = registry;
    this.invoker = invoker;
    this.contexts = contexts;
    this.workDir = workDir.toAbsolutePath().normalize();
    this.maxJarBytes = maxJarBytes;
    this.signatures = signatures;
    this.clock = clock;
    createDirectories(this.workDir.resolve("staging"));
    this.manager =
        new HostPluginManager(
            this.workDir,
            descriptor ->
                liveContexts.computeIfAbsent(
                    descriptor.getPluginId(), id -> contexts.create(id, descriptor.getVersion())));
    invoker.onPause(this::pause);
  }

  /** Now, to the millisecond, as both databases store it. */
  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  /** The installed plugins, by id, as stored. */
  public List<InstalledPlugin> installed() {
    return store.list();
  }

  /**
   * Runs {@code listener} after every change this lifecycle stores (install, upgrade, enable,
   * disable, pause, remove), e.g. to tell the other nodes of a cluster to {@link #reconcile()}.
   */
  public void onChange(Runnable listener) {
    this.onChange = listener;
  }

  /**
   * Sets what to do after a plugin's class loader was unloaded (removal, upgrade, disabling, a
   * failed start): the host drops whatever a container library still keeps of its classes.
   *
   * @param listener told the unloaded loader; its failures are logged and ignored
   */
  public void onUnload(Consumer<ClassLoader> listener) {
    this.onUnload = listener;
  }

  private void changed() {
    try {
      onChange.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A plugin change listener failed", e);
    }
  }

  /**
   * Installs a plugin jar, or upgrades the installed plugin with the same id to this version.
   *
   * @param jar the jar's bytes
   * @param name the file name, for messages
   * @param by who installs it
   * @return the installed plugin
   * @throws PluginRefusedException when it cannot be installed; nothing changed
   */
  public InstalledPlugin install(byte[] jar, String name, String by) {
    lock.lock();
    try {
      if (jar.length > maxJarBytes) {
        throw new PluginRefusedException(
            Reason.TOO_LARGE,
            name
                + " is "
                + jar.length
                + " bytes; plugins may be at most "
                + maxJarBytes
                + " bytes (setting cms.plugins.max-jar-bytes)");
      }
      if (jar.length == 0) {
        throw new PluginRefusedException(Reason.NOT_A_JAR, name + " is empty");
      }
      Path staging = writeTemp(jar);
      try {
        PluginJar plugin = PluginJar.inspect(staging, name);
        Optional<PluginSignatures.PluginSigner> signer = signatures.check(staging, name);
        ApiCompatibility.check(plugin.id(), plugin.requires(), PluginApi.VERSION);
        Optional<InstalledPlugin> existing = store.find(plugin.id());
        if (existing.isPresent() && existing.get().version().equals(plugin.version())) {
          throw new PluginRefusedException(
              Reason.ALREADY_INSTALLED,
              "Plugin "
                  + plugin.label()
                  + " is already installed; to replace it, build it with a new Plugin-Version");
        }
        checkDependencies(plugin);
        Path file = extract(plugin.id(), plugin.version(), plugin.sha256(), jar);
        InstalledPlugin result;
        if (existing.isPresent()) {
          result = upgrade(existing.get(), plugin, file, jar, by);
        } else {
          try {
            result = installNew(plugin, file, jar, by);
          } catch (RuntimeException e) {
            deleteTree(workDir.resolve(plugin.id()));
            throw e;
          }
        }
        signers.put(result.sha256(), signer);
        LOG.info(
            () ->
                "Plugin "
                    + result.label()
                    + signer.map(s -> ", signed by " + s.subject()).orElse(", unsigned,")
                    + (existing.isPresent()
                        ? " replaced version " + existing.get().version()
                        : " installed")
                    + " by "
                    + by
                    + " ("
                    + result.state()
                    + ")");
        changed();
        return result;
      } finally {
        deleteQuietly(staging);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Starts an installed plugin and stores it as enabled (a paused plugin is resumed). */
  public InstalledPlugin enable(String id, String by) {
    lock.lock();
    try {
      InstalledPlugin row = require(id);
      if (registry.find(id).isEmpty()) {
        activateStored(row);
      }
      InstalledPlugin enabled = row.withState(PluginState.ENABLED, null, now());
      try {
        store.setState(id, PluginState.ENABLED, null, enabled.updatedAt());
      } catch (RuntimeException e) {
        deactivate(id);
        throw e;
      }
      LOG.info(() -> "Plugin " + row.label() + " enabled by " + by);
      changed();
      return enabled;
    } finally {
      lock.unlock();
    }
  }

  /** Stops an installed plugin and stores it as disabled. */
  public InstalledPlugin disable(String id, String by) {
    lock.lock();
    try {
      InstalledPlugin row = require(id);
      refuseWhileDependedOn(id, "disable");
      deactivate(id);
      String reason = "Disabled by " + by;
      Instant at = now();
      store.setState(id, PluginState.DISABLED, reason, at);
      LOG.info(() -> "Plugin " + row.label() + " disabled by " + by);
      changed();
      return row.withState(PluginState.DISABLED, reason, at);
    } finally {
      lock.unlock();
    }
  }

  /** Stops and forgets an installed plugin, with its jar. */
  public void remove(String id, String by) {
    lock.lock();
    try {
      InstalledPlugin row = require(id);
      refuseWhileDependedOn(id, "remove");
      deactivate(id);
      store.delete(id);
      deleteTree(workDir.resolve(id));
      LOG.info(() -> "Plugin " + row.label() + " removed by " + by);
      changed();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops a running plugin that keeps failing and stores it as paused with the reason; plugins that
   * depend on it are paused too. An administrator enables it again.
   */
  public void pause(String id, String reason) {
    lock.lock();
    try {
      if (registry.find(id).isEmpty()) {
        return;
      }
      for (String dependent : activeDependents(id)) {
        deactivate(dependent);
        store.setState(dependent, PluginState.PAUSED, "Paused with " + id + ": " + reason, now());
      }
      deactivate(id);
      store.setState(id, PluginState.PAUSED, reason, now());
      LOG.warning(() -> "Plugin " + id + " paused: " + reason);
      changed();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Loads every enabled plugin from the database, dependencies first. A plugin that cannot start is
   * stored as paused with the reason; the others start regardless.
   */
  public void startInstalled() {
    lock.lock();
    try {
      startEnabled(true);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Brings this node in line with the database, which another node of the cluster may have changed:
   * stops running plugins that are no longer stored, no longer enabled or stored in another build
   * (dependents first), then starts the enabled ones that do not run (dependencies first). Nothing
   * is written to the database: a plugin that starts on the node that installed it but not here is
   * logged and tried again only when its stored build changes. Run when another node says so and
   * periodically, in case a message was missed.
   */
  public void reconcile() {
    lock.lock();
    try {
      Map<String, InstalledPlugin> stored = new LinkedHashMap<>();
      store.list().forEach(row -> stored.put(row.id(), row));
      for (ActivePlugin running : List.copyOf(registry.all())) {
        InstalledPlugin row = stored.get(running.id());
        boolean keep =
            row != null
                && row.state() == PluginState.ENABLED
                && row.sha256().equals(running.sha256());
        if (!keep && registry.find(running.id()).isPresent()) {
          activeDependents(running.id()).forEach(this::deactivate);
          deactivate(running.id());
          LOG.info(
              () ->
                  "Plugin "
                      + running.id()
                      + "@"
                      + running.version()
                      + " stopped: "
                      + (row == null ? "removed" : row.label() + " " + row.state())
                      + " on another node");
          if (row == null) {
            deleteTree(workDir.resolve(running.id()));
          }
        }
      }
      refusedHere.keySet().removeIf(id -> !stored.containsKey(id));
      startEnabled(false);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Starts the stored enabled plugins that do not run, dependencies first; one that cannot start is
   * stored as paused ({@code pauseFailures}, at start-up) or only logged (when reconciling).
   */
  private void startEnabled(boolean pauseFailures) {
    Map<String, InstalledPlugin> pending = new LinkedHashMap<>();
    for (InstalledPlugin row : store.list()) {
      if (row.state() == PluginState.ENABLED
          && registry.find(row.id()).isEmpty()
          && (pauseFailures || !row.sha256().equals(refusedHere.get(row.id())))) {
        pending.put(row.id(), row);
      }
    }
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (InstalledPlugin row : List.copyOf(pending.values())) {
        Optional<PluginJar> jar = storedJar(row, pauseFailures);
        if (jar.isEmpty()) {
          pending.remove(row.id());
          progress = true;
          continue;
        }
        if (jar.get().dependencies().stream()
            .anyMatch(d -> !d.isOptional() && pending.containsKey(d.getPluginId()))) {
          continue;
        }
        pending.remove(row.id());
        progress = true;
        try {
          activateStored(row);
          refusedHere.remove(row.id());
          LOG.info(() -> "Plugin " + row.label() + " started");
        } catch (PluginRefusedException e) {
          notStarted(row, e.getMessage(), pauseFailures);
        }
      }
    }
    for (InstalledPlugin row : pending.values()) {
      notStarted(row, "its dependencies depend on each other in a cycle", pauseFailures);
    }
  }

  private void notStarted(InstalledPlugin row, String why, boolean pause) {
    if (pause) {
      pauseAtStart(row, why);
    } else {
      refusedHere.put(row.id(), row.sha256());
      LOG.warning(
          () ->
              "Plugin "
                  + row.label()
                  + ", enabled on another node, could not start on this one: "
                  + why);
    }
  }

  /** Stops every running plugin, dependents first (the CMS is shutting down). */
  public void shutdown() {
    lock.lock();
    try {
      List<String> ids = new ArrayList<>(registry.all().stream().map(ActivePlugin::id).toList());
      java.util.Collections.reverse(ids);
      ids.forEach(this::deactivate);
    } finally {
      lock.unlock();
    }
  }

  private void pauseAtStart(InstalledPlugin row, String why) {
    String reason = "Could not start when the CMS started: " + why;
    LOG.severe(() -> "Plugin " + row.label() + " paused. " + reason);
    store.setState(row.id(), PluginState.PAUSED, reason, now());
  }

  private InstalledPlugin installNew(PluginJar plugin, Path file, byte[] bytes, String by) {
    activate(plugin, file);
    java.time.Instant installedAt = now();
    InstalledPlugin row =
        new InstalledPlugin(
            plugin.id(),
            plugin.version(),
            plugin.requires(),
            plugin.sha256(),
            plugin.size(),
            PluginState.ENABLED,
            null,
            by,
            installedAt,
            installedAt);
    try {
      store.insert(row, bytes);
    } catch (RuntimeException e) {
      deactivate(plugin.id());
      deleteTree(workDir.resolve(plugin.id()));
      throw e;
    }
    return row;
  }

  private InstalledPlugin upgrade(
      InstalledPlugin old, PluginJar plugin, Path file, byte[] bytes, String by) {
    String id = old.id();
    List<String> dependents = activeDependents(id);
    for (String dependent : dependents) {
      for (PluginDependency dependency :
          manager.getPlugin(dependent).getDescriptor().getDependencies()) {
        if (dependency.getPluginId().equals(id)
            && !VERSIONS.checkVersionConstraint(
                plugin.version(), dependency.getPluginVersionSupport())) {
          throw new PluginRefusedException(
              Reason.IN_USE,
              "Plugin "
                  + dependent
                  + " needs "
                  + id
                  + " "
                  + dependency.getPluginVersionSupport()
                  + ", which version "
                  + plugin.version()
                  + " is not; upgrade "
                  + dependent
                  + " first");
        }
      }
    }
    boolean wasRunning = registry.find(id).isPresent();
    dependents.forEach(this::deactivate);
    deactivate(id);
    try {
      activate(plugin, file);
    } catch (PluginRefusedException e) {
      restore(old, wasRunning, dependents);
      deleteQuietly(file);
      throw new PluginRefusedException(
          e.reason(),
          "Upgrade of "
              + id
              + " from "
              + old.version()
              + " to "
              + plugin.version()
              + " refused, version "
              + old.version()
              + " kept: "
              + e.getMessage(),
          e);
    }
    PluginState state =
        old.state() == PluginState.DISABLED ? PluginState.DISABLED : PluginState.ENABLED;
    InstalledPlugin row =
        new InstalledPlugin(
            id,
            plugin.version(),
            plugin.requires(),
            plugin.sha256(),
            plugin.size(),
            state,
            state == PluginState.DISABLED ? old.reason() : null,
            by,
            now(),
            now());
    try {
      store.replace(row, bytes);
    } catch (RuntimeException e) {
      deactivate(id);
      restore(old, wasRunning, dependents);
      throw e;
    }
    if (state == PluginState.DISABLED) {
      deactivate(id);
    }
    for (String dependent : dependents) {
      store.find(dependent).ifPresent(this::restartOrPause);
    }
    Path oldFile = jarPath(id, old.version(), old.sha256());
    if (!oldFile.equals(file)) {
      deleteQuietly(oldFile);
    }
    return row;
  }

  private void restore(InstalledPlugin old, boolean wasRunning, List<String> dependents) {
    if (wasRunning) {
      restartOrPause(old);
    }
    for (String dependent : dependents) {
      store.find(dependent).ifPresent(this::restartOrPause);
    }
  }

  private void restartOrPause(InstalledPlugin row) {
    try {
      activateStored(row);
    } catch (PluginRefusedException e) {
      String reason = "Could not be restarted: " + e.getMessage();
      LOG.severe(() -> "Plugin " + row.label() + " paused. " + reason);
      store.setState(row.id(), PluginState.PAUSED, reason, now());
    }
  }

  private void activateStored(InstalledPlugin row) {
    Path file = jarPath(row.id(), row.version(), row.sha256());
    if (!Files.isRegularFile(file)) {
      file = extract(row.id(), row.version(), row.sha256(), store.jar(row.id()));
    }
    PluginJar plugin = PluginJar.inspect(file, row.label());
    if (!plugin.sha256().equals(row.sha256())) {
      deleteQuietly(file);
      file = extract(row.id(), row.version(), row.sha256(), store.jar(row.id()));
      plugin = PluginJar.inspect(file, row.label());
    }
    signers.put(row.sha256(), signatures.check(file, row.label()));
    ApiCompatibility.check(plugin.id(), plugin.requires(), PluginApi.VERSION);
    checkDependencies(plugin);
    activate(plugin, file);
  }

  /**
   * Who signed an installed plugin's jar.
   *
   * @param row the installed plugin
   * @return the signer, empty when the jar is unsigned or cannot be read
   */
  public Optional<PluginSignatures.PluginSigner> signer(InstalledPlugin row) {
    return signers.computeIfAbsent(
        row.sha256(),
        sha256 -> {
          try {
            Path file = jarPath(row.id(), row.version(), row.sha256());
            if (!Files.isRegularFile(file)) {
              file = extract(row.id(), row.version(), row.sha256(), store.jar(row.id()));
            }
            return signatures.check(file, row.label());
          } catch (RuntimeException e) {
            return Optional.empty();
          }
        });
  }

  private Optional<PluginJar> storedJar(InstalledPlugin row, boolean pauseFailures) {
    try {
      Path file = jarPath(row.id(), row.version(), row.sha256());
      if (!Files.isRegularFile(file)) {
        file = extract(row.id(), row.version(), row.sha256(), store.jar(row.id()));
      }
      return Optional.of(PluginJar.inspect(file, row.label()));
    } catch (PluginRefusedException e) {
      notStarted(row, e.getMessage(), pauseFailures);
      return Optional.empty();
    }
  }

  /** Loads, links, starts and publishes a plugin; on any failure unloads it again and throws. */
  private ActivePlugin activate(PluginJar plugin, Path file) {
    String id;
    try {
      id = manager.loadPlugin(file);
    } catch (RuntimeException e) {
      unloadQuietly(plugin.id());
      throw new PluginRefusedException(
          Reason.INVALID_DESCRIPTOR,
          "Plugin " + plugin.label() + " could not be loaded: " + PluginInvoker.describe(e),
          e);
    }
    if (id == null) {
      unloadQuietly(plugin.id());
      throw new PluginRefusedException(
          Reason.INVALID_DESCRIPTOR,
          "Plugin " + plugin.label() + " could not be loaded (see the server log)");
    }
    try {
      PluginWrapper wrapper = manager.getPlugin(id);
      ClassLoader loader = wrapper.getPluginClassLoader();
      checkLinks(plugin, wrapper, loader);
      org.pf4j.PluginState state;
      try {
        state = PluginInvoker.inLoader(loader, () -> manager.startPlugin(id));
      } catch (Exception | LinkageError e) {
        throw startFailed(plugin, e);
      }
      if (state != org.pf4j.PluginState.STARTED) {
        Throwable failure = wrapper.getFailedException();
        throw failure == null
            ? new PluginRefusedException(
                Reason.START_FAILED,
                "Plugin " + plugin.label() + " did not start (state " + state + ")")
            : startFailed(plugin, failure);
      }
      ActivePlugin active;
      try {
        active = PluginInvoker.inLoader(loader, () -> contributions(plugin, loader));
      } catch (PluginRefusedException e) {
        throw e;
      } catch (Exception | LinkageError e) {
        throw new PluginRefusedException(
            Reason.INVALID_EXTENSION,
            "Plugin "
                + plugin.label()
                + ": an extension could not be created: "
                + PluginInvoker.describe(rootCause(e)),
            e);
      }
      invoker.reset(id);
      registry.put(active);
      return active;
    } catch (RuntimeException e) {
      unloadQuietly(id);
      throw e;
    }
  }

  private static PluginRefusedException startFailed(PluginJar plugin, Throwable e) {
    return new PluginRefusedException(
        Reason.START_FAILED,
        "Plugin " + plugin.label() + ": start() failed: " + PluginInvoker.describe(rootCause(e)),
        e);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * Loads the plugin class and every extension class and resolves their fields, methods and
   * constructors, so a class missing from the jar is found now and not on a visitor's request.
   */
  private void checkLinks(PluginJar plugin, PluginWrapper wrapper, ClassLoader loader) {
    Set<String> names = new HashSet<>(manager.getExtensionClassNames(plugin.id()));
    String pluginClass = wrapper.getDescriptor().getPluginClass();
    if (pluginClass != null && !pluginClass.isBlank()) {
      names.add(pluginClass);
    }
    for (String name : names) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        type.getDeclaredFields();
        type.getDeclaredMethods();
        type.getDeclaredConstructors();
        for (Class<?> api : allInterfaces(type)) {
          if (api.getName().startsWith("nl.techniekpact.plugin.api.")
              && api.getClassLoader() != PluginApi.class.getClassLoader()) {
            throw new PluginRefusedException(
                Reason.INVALID_EXTENSION,
                "Plugin "
                    + plugin.label()
                    + ": "
                    + name
                    + " implements its own copy of "
                    + api.getName()
                    + "; depend on plugin-api with scope provided");
          }
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new PluginRefusedException(
            Reason.CLASSES_DO_NOT_LINK,
            "Plugin "
                + plugin.label()
                + ": class "
                + name
                + " cannot be linked: "
                + PluginInvoker.describe(e)
                + " (a class missing from the jar, or a library that is neither bundled nor"
                + " provided by the host?)",
            e);
      }
    }
  }

  private static Set<Class<?>> allInterfaces(Class<?> type) {
    Set<Class<?>> found = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> next = todo.removeFirst();
      if (next.getSuperclass() != null) {
        todo.add(next.getSuperclass());
      }
      for (Class<?> api : next.getInterfaces()) {
        if (found.add(api)) {
          todo.add(api);
        }
      }
    }
    return found;
  }

  private ActivePlugin contributions(PluginJar plugin, ClassLoader loader) {
    String id = plugin.id();
    List<RestEndpoint> endpoints = manager.getExtensions(RestEndpoint.class, id);
    if (endpoints.size() > 1) {
      throw new PluginRefusedException(
          Reason.INVALID_EXTENSION,
          "Plugin "
              + plugin.label()
              + " has "
              + endpoints.size()
              + " RestEndpoint extensions; a plugin has at most one (use sub-resource locators)");
    }
    List<ActivePlugin.SlotFragment> fragments = new ArrayList<>();
    for (PageFragment fragment : manager.getExtensions(PageFragment.class, id)) {
      String slot = fragment.slot();
      if (slot == null || slot.isBlank()) {
        throw new PluginRefusedException(
            Reason.INVALID_EXTENSION,
            "Plugin "
                + plugin.label()
                + ": fragment "
                + fragment.getClass().getName()
                + " names no slot");
      }
      fragments.add(new ActivePlugin.SlotFragment(slot, fragment, fragment.position()));
    }
    List<ContentType> types = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (ContentTypeDefinition definition :
        manager.getExtensions(ContentTypeDefinition.class, id)) {
      ContentType type;
      try {
        type = definition.contentType();
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new PluginRefusedException(
            Reason.INVALID_EXTENSION,
            "Plugin " + plugin.label() + ": invalid content type: " + e.getMessage(),
            e);
      }
      if (type == null || !keys.add(type.key())) {
        throw new PluginRefusedException(
            Reason.INVALID_EXTENSION,
            "Plugin "
                + plugin.label()
                + ": content type "
                + (type == null ? "null" : type.key() + " described twice"));
      }
      types.add(type);
    }
    List<ContentEventListener> listeners = manager.getExtensions(ContentEventListener.class, id);
    List<PublicPage> pages = publicPages(plugin, loader);
    return new ActivePlugin(
        id,
        plugin.version(),
        loader,
        endpoints.stream().findFirst(),
        List.copyOf(fragments),
        List.copyOf(types),
        List.copyOf(listeners),
        pages,
        plugin.sha256(),
        PageRoutes.claimed(plugin.label(), id, pages, registry),
        partnerExtensions(id),
        adminScreens(plugin));
  }

  /** The plugin's back-office screens, each with a valid, unique id. */
  private List<AdminScreen> adminScreens(PluginJar plugin) {
    List<AdminScreen> screens = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (AdminScreen screen : manager.getExtensions(AdminScreen.class, plugin.id())) {
      String screenId = screen.id();
      if (screenId == null || !ContentType.KEY.matcher(screenId).matches() || !ids.add(screenId)) {
        throw new PluginRefusedException(
            Reason.INVALID_EXTENSION,
            "Plugin "
                + plugin.label()
                + ": back-office screen "
                + screen.getClass().getName()
                + " has id '"
                + screenId
                + "': use lower case letters, digits and dashes, once per plugin");
      }
      screens.add(screen);
    }
    return List.copyOf(screens);
  }

  /**
   * The plugin's extensions of extension points that are not the host's (points other plugins
   * declare), created once: {@link PartnerExtensions} calls them.
   */
  private List<Object> partnerExtensions(String id) {
    List<Object> found = new ArrayList<>();
    for (Class<?> type : manager.getExtensionClasses(id)) {
      if (HOST_POINTS.stream().noneMatch(point -> point.isAssignableFrom(type))) {
        found.add(manager.getExtensionFactory().create(type));
      }
    }
    return List.copyOf(found);
  }

  /** The host's own extension points. */
  private static final List<Class<?>> HOST_POINTS =
      List.of(
          RestEndpoint.class,
          PageFragment.class,
          PublicPage.class,
          ContentTypeDefinition.class,
          ContentEventListener.class,
          AdminScreen.class);

  /** The plugin's public pages, each with a valid, unique id and its Facelet in the jar. */
  private List<PublicPage> publicPages(PluginJar plugin, ClassLoader loader) {
    List<PublicPage> pages = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (PublicPage page : manager.getExtensions(PublicPage.class, plugin.id())) {
      String pageId = page.id();
      if (pageId == null || !PluginJar.ID.matcher(pageId).matches()) {
        throw new PluginRefusedException(
            Reason.INVALID_EXTENSION,
            "Plugin "
                + plugin.label()
                + ": public page "
                + page.getClass().getName()
                + " has id '"
                + pageId
                + "'; use lower-case letters, digits and dashes");
      }
      if (!ids.add(pageId)) {
        throw new PluginRefusedException(
            Reason.INVALID_EXTENSION,
            "Plugin " + plugin.label() + ": two public pages have the id " + pageId);
      }
      if (PluginResources.find(loader, PluginResources.page(pageId)).isEmpty()) {
        throw new PluginRefusedException(
            Reason.INVALID_EXTENSION,
            "Plugin "
                + plugin.label()
                + ": public page "
                + pageId
                + " has no Facelet "
                + PluginResources.page(pageId)
                + " in the jar");
      }
      pages.add(page);
    }
    return List.copyOf(pages);
  }

  /** Unpublishes, stops and unloads a plugin, if it runs. */
  private void deactivate(String id) {
    registry.remove(id);
    PluginWrapper wrapper = manager.getPlugin(id);
    if (wrapper != null) {
      ClassLoader loader = wrapper.getPluginClassLoader();
      try {
        PluginInvoker.inLoader(loader, () -> manager.stopPlugin(id));
      } catch (Exception | LinkageError e) {
        LOG.log(Level.WARNING, "Plugin " + id + " failed in stop(); unloading it anyway", e);
      }
      unloadQuietly(id);
    }
    liveContexts.remove(id);
    invoker.reset(id);
  }

  private void unloadQuietly(String id) {
    ClassLoader loader = null;
    try {
      PluginWrapper wrapper = manager.getPlugin(id);
      if (wrapper != null) {
        loader = wrapper.getPluginClassLoader();
        manager.unloadPlugin(id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Plugin " + id + " could not be unloaded cleanly", e);
    }
    liveContexts.remove(id);
    if (loader != null) {
      try {
        onUnload.accept(loader);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.WARNING, "Releasing what the server kept of plugin " + id + " failed", e);
      }
    }
  }

  private void checkDependencies(PluginJar plugin) {
    for (PluginDependency dependency : plugin.dependencies()) {
      if (dependency.isOptional()) {
        continue;
      }
      String range = dependency.getPluginVersionSupport();
      Optional<ActivePlugin> running = registry.find(dependency.getPluginId());
      if (running.isEmpty()) {
        throw new PluginRefusedException(
            Reason.MISSING_DEPENDENCY,
            "Plugin "
                + plugin.label()
                + " needs plugin "
                + dependency.getPluginId()
                + " "
                + range
                + ", which is not installed and enabled");
      }
      if (!VERSIONS.checkVersionConstraint(running.get().version(), range)) {
        throw new PluginRefusedException(
            Reason.MISSING_DEPENDENCY,
            "Plugin "
                + plugin.label()
                + " needs plugin "
                + dependency.getPluginId()
                + " "
                + range
                + ", but version "
                + running.get().version()
                + " is installed");
      }
    }
  }

  private void refuseWhileDependedOn(String id, String action) {
    List<String> dependents = activeDependents(id);
    if (!dependents.isEmpty()) {
      throw new PluginRefusedException(
          Reason.IN_USE,
          "Plugin "
              + String.join(", ", dependents)
              + " depends on "
              + id
              + ": disable it first, then "
              + action
              + " "
              + id);
    }
  }

  /** The running plugins that need this one, directly or not, the most dependent first. */
  private List<String> activeDependents(String id) {
    List<String> result = new ArrayList<>();
    Deque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      String next = todo.removeFirst();
      for (ActivePlugin plugin : registry.all()) {
        PluginWrapper wrapper = manager.getPlugin(plugin.id());
        if (wrapper != null
            && !result.contains(plugin.id())
            && wrapper.getDescriptor().getDependencies().stream()
                .anyMatch(d -> d.getPluginId().equals(next))) {
          result.add(0, plugin.id());
          todo.add(plugin.id());
        }
      }
    }
    return result;
  }

  private InstalledPlugin require(String id) {
    return store
        .find(id)
        .orElseThrow(
            () ->
                new PluginRefusedException(
                    Reason.NOT_INSTALLED, "Plugin " + id + " is not installed"));
  }

  private Path jarPath(String id, String version, String sha256) {
    return workDir.resolve(id).resolve(version + "-" + sha256.substring(0, 12) + ".jar");
  }

  private Path extract(String id, String version, String sha256, byte[] bytes) {
    Path target = jarPath(id, version, sha256);
    try {
      createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".extract-", ".tmp");
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new PluginRefusedException(
          Reason.STORAGE_FAILED, "Could not write " + target + ": " + e.getMessage(), e);
    }
  }

  private Path writeTemp(byte[] bytes) {
    try {
      Path staging = Files.createTempFile(workDir.resolve("staging"), "upload-", ".jar");
      Files.write(staging, bytes);
      return staging;
    } catch (IOException e) {
      throw new PluginRefusedException(
          Reason.STORAGE_FAILED, "Could not stage the upload: " + e.getMessage(), e);
    }
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + dir, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + file, e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(PluginLifecycle::deleteQuietly);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + dir, e);
    }
  }
}
