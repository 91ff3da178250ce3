package nl.techniekpact.cms.plugin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.plugin.host.InstalledPlugin;
import nl.techniekpact.cms.plugin.host.PluginLifecycle;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.plugin.host.PluginRefusedException;
import nl.techniekpact.cms.security.NotPermittedException;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.web.SignedInEditor;

/**
 * The plugin administrator's screen ({@code /beheer/plugins/}): the installed plugins with state,
 * version and the reason a plugin was paused; upload a jar; enable, disable, remove. Every
 * operation goes through {@link PluginLifecycle}, as the REST API's do, so the checks and refusals
 * are the same; refusals are shown with the platform's detail.
 */
@Named
@ViewScoped
public class ManagePlugins implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PluginPlatform platform;
  @Inject private SignedInEditor signedIn;

  private transient Part jar;

  /**
   * A plugin as the list shows it.
   *
   * @param id the plugin id
   * @param version its version
   * @param requires the plugin API range it declared
   * @param state ENABLED, DISABLED or PAUSED
   * @param reason why it is paused or disabled, or null
   * @param running whether it runs on this node
   * @param installedBy who installed it
   * @param installedAt when
   * @param updatedAt when its state last changed
   */
  public record PluginRow(
      String id,
      String version,
      String requires,
      String state,
      String reason,
      boolean running,
      String installedBy,
      Instant installedAt,
      Instant updatedAt)
      implements Serializable {}

  /** The installed plugins, by id. */
  public List<PluginRow> getPlugins() {
    requirePluginAdmin();
    return lifecycle().installed().stream().map(this::row).toList();
  }

  private PluginRow row(InstalledPlugin p) {
    return new PluginRow(
        p.id(),
        p.version(),
        p.requires(),
        p.state().name(),
        p.reason(),
        platform.registry().find(p.id()).isPresent(),
        p.installedBy(),
        p.installedAt(),
        p.updatedAt());
  }

  /** Installs or upgrades the uploaded jar. */
  public void upload() {
    requirePluginAdmin();
    if (jar == null || jar.getSize() == 0) {
      Texts.error("upload:jar", "plugin.error.noFile");
      return;
    }
    try (InputStream in = jar.getInputStream()) {
      InstalledPlugin installed = lifecycle().install(in.readAllBytes(), fileName(), caller());
      Texts.done("plugin.installed", installed.label());
    } catch (PluginRefusedException e) {
      Texts.error("upload:jar", "plugin.error.refusedBecause", why(e), e.detail());
    } catch (IOException e) {
      Texts.error("upload:jar", "plugin.error.unreadable");
    } finally {
      jar = null;
    }
  }

  private String fileName() {
    String name = jar.getSubmittedFileName();
    return name == null || name.isBlank() ? "upload.jar" : name;
  }

  /** Starts a plugin (also resumes a paused one). */
  public void enable(String id) {
    run(id, "plugin.enabled", () -> lifecycle().enable(id, caller()));
  }

  /** Stops a plugin. */
  public void disable(String id) {
    run(id, "plugin.disabled", () -> lifecycle().disable(id, caller()));
  }

  /** Removes a plugin. */
  public void remove(String id) {
    run(id, "plugin.removed", () -> lifecycle().remove(id, caller()));
  }

  private void run(String id, String doneKey, Runnable operation) {
    requirePluginAdmin();
    try {
      operation.run();
      Texts.done(doneKey, id);
    } catch (PluginRefusedException e) {
      Texts.error(null, "plugin.error.refusedBecause", why(e), e.detail());
    }
  }

  private PluginLifecycle lifecycle() {
    return platform.lifecycle();
  }

  private String caller() {
    return signedIn.callerName();
  }

  /** The screen is also behind a web.xml constraint; this keeps the operations closed anyway. */
  private void requirePluginAdmin() {
    if (!signedIn.has(Roles.PLUGIN_ADMIN)) {
      throw new NotPermittedException("Managing plugins needs the plugin-admin role");
    }
  }

  public Part getJar() {
    return jar;
  }

  public void setJar(Part jar) {
    this.jar = jar;
  }

  /** The refusal's reason in the administrator's language, from the bundle. */
  private static String why(PluginRefusedException refusal) {
    return Texts.text("plugin.refusal." + refusal.reason().name());
  }
}
